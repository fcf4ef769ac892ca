/* TEMPORARY stand-in for src/ptrace-regress until the core lands: prints a
 * fixed KTAP document and exits like the runner. Delete with the merge. */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;

	uname(&u);
	printf("KTAP version 1\n1..2\n");
	printf("    KTAP version 1\n    # Subtest: placeholder-entry\n    1..2\n");
	printf("    ok 1 entry-nr\n    ok 2 entry-args # SKIP placeholder\n");
	printf("ok 1 placeholder-entry\n");
	printf("    KTAP version 1\n    # Subtest: placeholder-exit\n    1..1\n");
	printf("    # machine %s, %zu-bit runner, argv[1] %s\n", u.machine, 8 * sizeof(long),
	       argc > 1 ? argv[1] : "-");
	printf("    ok 1 exit-rval\n");
	printf("ok 2 placeholder-exit\n");
	return (argc > 1 && strcmp(argv[1], "--fail") == 0) ? 1 : 0;
}
