/* reap-check COMMAND [ARG]...: runs COMMAND as a child subreaper, so that
 * whatever it leaves behind comes here instead of to init, and says so:
 * each orphan alive or a zombie 2 s after COMMAND ended, one line each
 * ("left behind: PID (COMM), ..."), which it then kills and reaps.  Exit
 * status: COMMAND's, or 99 if anything was left behind.  For
 * tests/leftovers.sh: nothing the suite starts may outlive it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Our children now (orphans of COMMAND), from /proc: their count, each said
 * and, with kill_them, killed. */
static unsigned children(bool say, bool kill_them)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	unsigned n = 0;

	while (d && (e = readdir(d))) {
		char path[300], buf[512], *end;
		int ppid = 0;
		FILE *f;

		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		if (!(f = fopen(path, "r")))
			continue;
		end = fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL;
		fclose(f);
		if (!end || sscanf(end + 2, "%*c %d", &ppid) != 1 || ppid != getpid())
			continue;
		n++;
		if (say)
			printf("left behind: %s %.*s, state %c\n", e->d_name, (int)(end - strchr(buf, '(') + 1),
			       strchr(buf, '('), end[2]);
		if (kill_them)
			kill(atoi(e->d_name), SIGKILL);
	}
	if (d)
		closedir(d);
	return n;
}

int main(int argc, char **argv)
{
	struct timespec tick = { 0, 20 * 1000 * 1000 };
	int status = 0, rc;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: reap-check COMMAND [ARG]...\n");
		return 2;
	}
	if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) {
		perror("reap-check: PR_SET_CHILD_SUBREAPER");
		return 2;
	}
	pid = fork();
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return 2;
	rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	/* A dying process's last steps: two seconds, then what is still ours. */
	for (int i = 0; i < 100 && children(false, false); i++)
		nanosleep(&tick, NULL);
	fflush(stdout);
	if (children(true, true)) {
		while (waitpid(-1, NULL, __WALL) > 0 || errno == EINTR)
			;
		return 99;
	}
	return rc;
}
