#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "observe.h"

#ifndef PTRACE_GETSIGMASK
#define PTRACE_GETSIGMASK 0x420a
#endif

void pr_observe_sigmask(pid_t pid, struct pr_stop *s)
{
	uint64_t mask = 0;

	s->sigmask_err = ptrace((enum __ptrace_request)PTRACE_GETSIGMASK, pid, (void *)sizeof(mask),
				&mask) == 0 ? 0 : -errno;
	s->sigmask = mask;
}

void pr_observe_eventmsg(pid_t pid, struct pr_stop *s)
{
	unsigned long msg = 0;

	s->eventmsg_err = ptrace(PTRACE_GETEVENTMSG, pid, NULL, &msg) == 0 ? 0 : -errno;
	s->eventmsg = msg;
}

void pr_observe_frame(pid_t pid, const struct pr_personality *p, struct pr_stop *s)
{
	struct pr_info info;
	struct iovec local = { s->frame_mask, sizeof(s->frame_mask) }, remote;
	ssize_t n;

	s->framed = true;
	if (s->info_ret < 0) {
		s->frame_err = (int)s->info_ret;
		return;
	}
	pr_info_decode(s->info, (size_t)s->info_ret, p->big_endian, &info);
	s->frame_addr = (info.stack_pointer + (uint64_t)p->sigframe_mask_offset) & pr_word_mask(p);
	remote = (struct iovec){ (void *)(uintptr_t)s->frame_addr, sizeof(s->frame_mask) };
	n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
	s->frame_err = n == (ssize_t)sizeof(s->frame_mask) ? 0 : n < 0 ? -errno : -EIO;
}

/* With PTRACE_PEEKDATA, which every kernel with ptrace has (process_vm_readv
 * needs CONFIG_CROSS_MEMORY_ATTACH).  The slot is an unsigned long of the
 * tracee program (4 bytes for i386 and arm, 8 for x86_64's int80 path), in
 * its byte order, which a compat tracee shares with its tracer. */
void pr_observe_stub_sp(pid_t pid, const struct pr_run *run, struct pr_stop *s)
{
	const struct pr_personality *prog = pr_run_program(run);
	unsigned char bytes[sizeof(long)];
	unsigned n = prog->word_bits / 8;
	uint64_t v = 0;
	long word;

	errno = 0;
	word = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)run->stub_sp_slot, NULL);
	if (errno || n > sizeof(bytes))
		return;
	memcpy(bytes, &word, sizeof(bytes));
	for (unsigned i = 0; i < n; i++)
		v |= (uint64_t)bytes[prog->big_endian ? i : n - 1 - i] << (8 * (n - 1 - i));
	s->stub_sp = v;
	s->stub_sp_read = true;
}
