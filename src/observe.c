#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>

#include "observe.h"
#include "payloads/exec.h"
#include "payloads/frame.h"
#include "payloads/notif.h"
#include "payloads/seen.h"
#include "payloads/stored-sp.h"
#include "payloads/sigsys.h"

#ifndef PTRACE_GETSIGMASK
#define PTRACE_GETSIGMASK 0x420a
#endif

/* len bytes of the tracee at addr: 0 or -errno.  process_vm_readv, or where
 * the kernel has none (no CONFIG_CROSS_MEMORY_ATTACH: ENOSYS) ptrace's own
 * PTRACE_PEEKDATA, a word at a time. */
static int read_tracee(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	struct iovec local = { buf, len }, remote = { (void *)(uintptr_t)addr, len };
	ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
	unsigned char *out = buf;

	if (n == (ssize_t)len)
		return 0;
	if (n >= 0 || errno != ENOSYS)
		return n < 0 ? -errno : -EIO;
	for (size_t done = 0; done < len;) {
		uint64_t at = addr + done, base = at & ~(uint64_t)(sizeof(long) - 1);
		unsigned char word[sizeof(long)];
		long v;
		size_t take;

		errno = 0;
		v = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)base, NULL);
		if (errno)
			return -errno;
		memcpy(word, &v, sizeof(word));
		take = sizeof(word) - (size_t)(at - base);
		if (take > len - done)
			take = len - done;
		memcpy(out + done, word + (at - base), take);
		done += take;
	}
	return 0;
}

void pr_observe_sigmask(pid_t pid, struct pr_stop *s)
{
	/* The request takes exactly the kernel's sigset_t (ptrace_request():
	 * addr == sizeof(sigset_t)): 64 signals on most arches, 128 on mips,
	 * which libc's _NSIG (the highest signal + 1) follows.  Signals 1-64
	 * are recorded. */
	uint64_t mask[2] = { 0, 0 };
	size_t size = (_NSIG - 1 + 7) / 8;

	_Static_assert((_NSIG - 1 + 7) / 8 <= sizeof(mask), "a kernel sigset of at most 128 signals");
	s->sigmask_err = ptrace((enum __ptrace_request)PTRACE_GETSIGMASK, pid, (void *)size, mask) == 0 ? 0 : -errno;
	s->sigmask = mask[0];
}

void pr_observe_eventmsg(pid_t pid, struct pr_stop *s)
{
	unsigned long msg = 0;

	s->eventmsg_err = ptrace(PTRACE_GETEVENTMSG, pid, NULL, &msg) == 0 ? 0 : -errno;
	s->eventmsg = msg;
}

void pr_observe_frame(pid_t pid, const struct pr_personality *p, struct pr_stop *s)
{
	struct pr_frame *fr = pr_frame_make(s);
	struct pr_info info;

	fr->framed = true;
	if (s->info_ret < 0) {
		fr->frame_err = (int)s->info_ret;
		return;
	}
	pr_info_decode(s->info, (size_t)s->info_ret, p->big_endian, &info);
	fr->frame_addr = (info.stack_pointer + (uint64_t)p->sigframe_mask_offset) & pr_word_mask(p);
	fr->frame_err = read_tracee(pid, fr->frame_addr, fr->frame_mask, sizeof(fr->frame_mask));
}

/* The slot is an unsigned long of the tracee program (4 bytes for i386 and
 * arm, 8 for x86_64's int80 path), in its byte order, which a compat tracee
 * shares with its tracer. */
void pr_observe_stub_sp(pid_t pid, const struct pr_run *run, struct pr_stop *s)
{
	const struct pr_personality *prog = pr_run_program(run);
	uint8_t bytes[8];
	unsigned n = prog->word_bits / 8;
	struct pr_stored_sp *st;

	if (read_tracee(pid, run->stub_sp_slot, bytes, n) != 0)
		return;
	st = pr_stored_sp_make(s);
	st->stub_sp = pr_load_word(bytes, n, prog->big_endian);
	st->stub_sp_read = true;
}

/* The header of a program of either class (the i386 tracee under an x86_64
 * tracer), in the tracer's own byte order, which a tracee it runs shares. */
static uint64_t elf_exec_entry(const char *file)
{
	union { Elf32_Ehdr e32; Elf64_Ehdr e64; } h;
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, &h, sizeof(h));

	if (fd >= 0)
		close(fd);
	if (n < (ssize_t)sizeof(Elf32_Ehdr) || memcmp(h.e32.e_ident, ELFMAG, SELFMAG) != 0)
		return 0;
	if (h.e32.e_ident[EI_CLASS] == ELFCLASS32)
		return h.e32.e_type == ET_EXEC ? h.e32.e_entry : 0;
	return n == (ssize_t)sizeof(h) && h.e64.e_type == ET_EXEC ? h.e64.e_entry : 0;
}

/* Field 28 of /proc/PID/stat; the command (field 2) may hold spaces, so count
 * from its closing parenthesis. */
static uint64_t start_stack(pid_t pid)
{
	char path[64], buf[1024], *p;
	unsigned long long v = 0;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (!(f = fopen(path, "re")))
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	if (!(p = strrchr(buf, ')')))
		return 0;
	p++;
	for (int field = 3; field <= 28 && p; field++) {
		p = strchr(p, ' ');
		if (p && field == 28)
			sscanf(p, " %llu", &v);
		else if (p)
			p++;
	}
	return v;
}

void pr_observe_exec(pid_t pid, const char *file, struct pr_stop *s)
{
	struct pr_exec *x = pr_exec_make(s);

	x->elf_entry = elf_exec_entry(file);
	x->start_stack = start_stack(pid);
}

void pr_observe_former(pid_t former, struct pr_stop *s)
{
	int status;
	pid_t r = waitpid(former, &status, __WALL | WNOHANG);

	pr_exec_make(s)->former_wait = r < 0 ? -errno : r;
}

int pr_observe_proc_syscall(pid_t tid, char *line, size_t len)
{
	char path[64];
	int fd, err = 0;
	ssize_t n;

	line[0] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)tid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	/* One read: proc_pid_syscall() prints the whole line at once. */
	n = read(fd, line, len - 1);
	if (n < 0)
		err = -errno;
	close(fd);
	line[n > 0 ? n : 0] = '\0';
	line[strcspn(line, "\n")] = '\0';
	return err;
}

void pr_observe_seen(pid_t pid, const struct pr_personality *p, struct pr_stop *s)
{
	struct pr_seen *seen = pr_seen_make(s);
	uint8_t result[8];

	seen->seen_read = true;
	seen->seen_err = read_tracee(pid, p->scratch_addr + PR_SCRATCH_RESULT, result, sizeof(result));
	if (!seen->seen_err)
		seen->seen_err = read_tracee(pid, p->scratch_addr + PR_SCRATCH_DEST, seen->seen_dest,
					     sizeof(seen->seen_dest));
	/* The tracee's byte order, which it shares with its tracer. */
	seen->seen_result = seen->seen_err ? 0 : pr_load_word(result, sizeof(result), p->big_endian);
}

void pr_observe_sigsys(pid_t pid, const struct pr_personality *p, struct pr_stop *s)
{
	struct pr_sigsys *y = pr_sigsys_make(s);
	uint8_t words[PR_SIGSYS_WORDS * 8];

	y->sigsys_read = true;
	y->sigsys_err = read_tracee(pid, p->scratch_addr + PR_SCRATCH_SIGSYS, words, sizeof(words));
	for (unsigned w = 0; !y->sigsys_err && w < PR_SIGSYS_WORDS; w++) /* its byte order, the tracer's */
		y->sigsys[w] = pr_load_word(words + 8 * w, 8, p->big_endian);
}

void pr_observe_listener(pid_t pid, const struct pr_personality *p, struct pr_notif *n)
{
	uint8_t err[8];

	n->listener_read_err = read_tracee(pid, p->scratch_addr + PR_SCRATCH_LISTENER, err, sizeof(err));
	n->listener_err = n->listener_read_err ? 0 : (int64_t)pr_load_word(err, sizeof(err), p->big_endian);
}
