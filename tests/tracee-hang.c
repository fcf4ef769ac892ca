/* A tracee that announces itself and then never stops: the runner must turn
 * that into TIMEOUT results.  Installed under the name
 * ptrace-regress-tracee-<personality>, whose suffix it reports. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define PREFIX "ptrace-regress-tracee-"

int main(int argc, char **argv)
{
	const char *name = strstr(argv[0], PREFIX);

	if (argc == 2 && strcmp(argv[1], "--probe") == 0)
		return 0;
	if (!name)
		return 2;
	dprintf(3, "ptrace-regress-tracee 1 %s 0 0\n", name + strlen(PREFIX));
	close(3);
	for (;;)
		pause();
}
