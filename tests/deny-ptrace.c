/* deny-ptrace EPERM|ENOSYS|GET-EPERM|CLONE3-ENOSYS COMMAND...: run COMMAND
 * with ptrace() failing with that errno, as in a seccomp sandbox (EPERM) or
 * under qemu-user (ENOSYS); GET-EPERM: only PTRACE_GET_SYSCALL_INFO
 * (0x420e), as a broken kernel might fail it; CLONE3-ENOSYS: clone3()
 * instead, as a seccomp profile older than clone3 (Linux 5.3) fails it.
 * Classic BPF by hand: libseccomp would be a dependency for twenty lines. */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

int main(int argc, char **argv)
{
	bool clone3 = argc > 2 && strcmp(argv[1], "CLONE3-ENOSYS") == 0;
	int err = argc > 2 && (strcmp(argv[1], "ENOSYS") == 0 || clone3) ? ENOSYS : EPERM;
	bool get_only = argc > 2 && strcmp(argv[1], "GET-EPERM") == 0;
	/* The request's low word: args[0] is 64 bits in the program's order. */
	unsigned request_low = offsetof(struct seccomp_data, args[0]) +
			       (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? 4 : 0);
	/* No arch check: the command is a native program, and ptrace's number
	 * is the one this program was built with. */
	struct sock_filter filter[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, clone3 ? __NR_clone3 : __NR_ptrace, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, request_low),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, get_only ? 0x420e : 0, 0, get_only ? 1 : 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (unsigned)err),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(filter) / sizeof(filter[0]), .filter = filter };

	if (argc < 3) {
		fprintf(stderr, "usage: deny-ptrace EPERM|ENOSYS|GET-EPERM|CLONE3-ENOSYS COMMAND...\n");
		return 2;
	}
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) {
		perror("seccomp");
		return 2;
	}
	execvp(argv[2], argv + 2);
	perror(argv[2]);
	return 127;
}
