/* The i386 tracee's vDSO path: where __kernel_vsyscall is (AT_SYSINFO, what
 * the stub calls) and how far it extends (its symbol in the vDSO's dynamic
 * symbol table, read from the image at AT_SYSINFO_EHDR the way the kernel's
 * tools/testing/selftests/vDSO/parse_vdso.c does).
 *
 * Why the symbol rather than the vDSO's whole PT_LOAD: both fast entries
 * report the stop at int80_landing_pad inside __kernel_vsyscall (SYSENTER
 * loses the user IP and SYSCALL32's must be moved so that ip - 2 is an
 * int $0x80: do_fast_syscall_32 sets regs->ip to the landing pad), so the
 * symbol's extent is where every stop of this path must be; the whole image
 * holds the other vDSO functions too and would let a wrong IP pass. */
#include <elf.h>
#include <link.h>
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>

#include "vdso.h"

unsigned long pr_vdso_sysinfo;

/* Once, before main: the stub reads it on every call. */
__attribute__((constructor)) static void find_sysinfo(void)
{
	pr_vdso_sysinfo = getauxval(AT_SYSINFO);
}

/* The vDSO's dynamic symbols: table, names, count (DT_HASH's nchain). */
struct dynsyms {
	const ElfW(Sym) *sym;
	const char *str;
	ElfW(Word) n;
	uintptr_t bias; /* load address minus link address */
};

static int dynsyms(struct dynsyms *d)
{
	const char *base = (const char *)getauxval(AT_SYSINFO_EHDR);
	const ElfW(Ehdr) *eh = (const void *)base;
	const ElfW(Phdr) *ph;
	const ElfW(Dyn) *dyn = NULL;
	const ElfW(Word) *hash = NULL;
	int loads = 0;

	memset(d, 0, sizeof(*d));
	if (!base || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0)
		return -1;
	ph = (const void *)(base + eh->e_phoff);
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !loads++)
			d->bias = (uintptr_t)base + ph[i].p_offset - ph[i].p_vaddr;
		else if (ph[i].p_type == PT_DYNAMIC)
			dyn = (const void *)(base + ph[i].p_offset);
	}
	for (; loads && dyn && dyn->d_tag != DT_NULL; dyn++) {
		const void *at = (const void *)(d->bias + dyn->d_un.d_ptr);

		if (dyn->d_tag == DT_SYMTAB)
			d->sym = at;
		else if (dyn->d_tag == DT_STRTAB)
			d->str = at;
		else if (dyn->d_tag == DT_HASH)
			hash = at;
	}
	if (!d->sym || !d->str || !hash)
		return -1;
	d->n = hash[1];
	return 0;
}

/* __kernel_vsyscall's symbol, or NULL. */
static const ElfW(Sym) *kernel_vsyscall(struct dynsyms *d)
{
	if (dynsyms(d) != 0)
		return NULL;
	for (ElfW(Word) i = 0; i < d->n; i++) {
		const ElfW(Sym) *s = &d->sym[i];

		if (ELF32_ST_TYPE(s->st_info) == STT_FUNC && s->st_shndx != SHN_UNDEF &&
		    strcmp(d->str + s->st_name, "__kernel_vsyscall") == 0)
			return s;
	}
	return NULL;
}

const char *pr_vdso_unavailable(void)
{
	struct dynsyms d;

	if (!pr_vdso_sysinfo)
		return "no AT_SYSINFO in the auxv: the kernel maps no 32-bit vDSO (vdso32=0?)";
	if (!kernel_vsyscall(&d))
		return "the 32-bit vDSO at AT_SYSINFO_EHDR has no __kernel_vsyscall in its dynamic "
		       "symbols (or no DT_HASH to count them)";
	return NULL;
}

void pr_vdso_range(const char **begin, const char **end)
{
	struct dynsyms d;
	const ElfW(Sym) *s = kernel_vsyscall(&d);

	if (!s) /* unavailable() said so; the stub's own range stays */
		return;
	*begin = (const char *)(d.bias + s->st_value);
	*end = *begin + s->st_size;
}

/* The whole vDSO mapping: from its ELF header to the end of its image (the
 * section headers end the stripped image the kernel maps, vdso2c's size,
 * page-rounded); a special mapping is taken away whole or not at all. */
void pr_vdso_pages(const char **begin, const char **end)
{
	const char *base = (const char *)getauxval(AT_SYSINFO_EHDR);
	const ElfW(Ehdr) *eh = (const void *)base;
	const ElfW(Phdr) *ph;
	uintptr_t size;

	if (!base || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0)
		return;
	size = eh->e_shoff + (uintptr_t)eh->e_shnum * eh->e_shentsize;
	ph = (const void *)(base + eh->e_phoff);
	for (unsigned i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD && ph[i].p_offset + ph[i].p_memsz > size)
			size = ph[i].p_offset + ph[i].p_memsz;
	*begin = base;
	*end = base + size;
}
