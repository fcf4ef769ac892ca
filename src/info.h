/* The kernel's struct ptrace_syscall_info, decoded from the raw bytes the
 * kernel returned.  Decoding is by offset and byte order, not through the host's
 * <linux/ptrace.h>, so a recording made on a big-endian s390x or on ia64 is read
 * the same way on any host (and the host's header may predate the struct). */
#ifndef PR_INFO_H
#define PR_INFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Requests and ops from include/uapi/linux/ptrace.h. */
#define PR_PTRACE_GET_SYSCALL_INFO 0x420e
#define PR_PTRACE_SET_SYSCALL_INFO 0x4212

enum pr_info_op {
	PR_OP_NONE = 0,
	PR_OP_ENTRY = 1,
	PR_OP_EXIT = 2,
	PR_OP_SECCOMP = 3,
};

/* Layout: op u8, reserved u8, flags u16, arch u32, instruction_pointer u64,
 * stack_pointer u64, then a union at offset 24. */
#define PR_INFO_OFF_UNION 24
#define PR_INFO_SIZE 88 /* sizeof(struct ptrace_syscall_info) */

/* What the kernel returns for each op: offsetofend() of the op's last field. */
#define PR_INFO_SIZE_NONE 24
#define PR_INFO_SIZE_ENTRY 80
#define PR_INFO_SIZE_EXIT 33
#define PR_INFO_SIZE_SECCOMP 84

struct pr_info {
	uint8_t op;
	uint8_t reserved;     /* byte 1: pad before 6.16, then reserved */
	uint16_t flags;       /* bytes 2-3: pad before 6.16, then flags */
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	uint64_t nr;          /* entry, seccomp */
	uint64_t args[6];     /* entry, seccomp */
	int64_t rval;         /* exit */
	uint8_t is_error;     /* exit */
	uint32_t ret_data;    /* seccomp */
};

/* Decode len bytes (as returned, at most PR_INFO_SIZE) into *out; fields the
 * bytes do not reach are left zero. */
void pr_info_decode(const uint8_t *bytes, size_t len, bool big_endian, struct pr_info *out);

/* The inverse: the bytes a kernel would return for *in (in->op decides which
 * union member); returns the op's documented size.  bytes holds PR_INFO_SIZE. */
size_t pr_info_encode(const struct pr_info *in, bool big_endian, uint8_t *bytes);

/* The size the kernel documents for an op, or 0 for an unknown op. */
size_t pr_info_size_for_op(unsigned op);

const char *pr_info_op_name(unsigned op);

#endif
