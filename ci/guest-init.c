/* The init of the VM initramfs built by ci/vm-check.
 *
 * Runs every runner listed in /etc/vm-check.conf, in order, as many rounds as
 * it says, and frames what they print with marker lines that ci/console-to-ktap
 * parses on the host:
 *
 *   ptrace-regress-vm: start
 *   ptrace-regress-vm: begin NAME            then the runner's KTAP, as is
 *   ptrace-regress-vm: end NAME status N     N = exit status, 128+signal if killed
 *   ptrace-regress-vm: kmsg TEXT             kernel log records of level <= warning
 *   ptrace-regress-vm: rec NAME LINE         one line of NAME's recording (save-recordings)
 *   ptrace-regress-vm: done status N         the sentinel: all runners finished
 *   ptrace-regress-vm: at-init SECONDS       the kernel's boot: CLOCK_BOOTTIME when init starts
 *   ptrace-regress-vm: took NAME SECONDS     the run's wall time in the guest (ci/bench's phases)
 *
 * Kernel records are copied from /dev/kmsg after each runner because the
 * console shows only what the loglevel lets through ("quiet" hides WARNINGs)
 * and what it shows can land in the middle of a runner's KTAP.
 *
 * /etc/vm-check.conf, one directive a line:
 *   repeat N
 *   run NAME PATH               (NAME and PATH have no spaces)
 *   arg ARGUMENT                one more argument of the last run or
 *                               replay-check, the rest of the line whole
 *                               (a quoted --only with a space reaches it)
 *   replay-check NAME PATH
 *                               check the run before it: that run is made with
 *                               --record (its KTAP still streams to the console,
 *                               and is kept), then PATH --replay of that
 *                               recording, and a small KTAP says whether the exit
 *                               statuses and the KTAP are identical (one live run,
 *                               not a second one: under TCG it is the cost)
 *   save-recordings             also print each replay-check's recording, line by
 *                               line, for the host to keep (vm-check --save-recordings)
 *   panic-after N               crash the kernel (sysrq c) after N runs: only
 *                               for the project's own test of a guest panic
 *
 * Static, no dependencies but libc: it is the only program in the guest besides
 * the runners.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TAG "ptrace-regress-vm:"
#define CONF "/etc/vm-check.conf"
#define MAX_RUNS 16
#define MAX_ARGS 32
#define LINE_MAX_LEN 1024

struct run {
	char *name;
	bool replay_check;
	bool record;        /* a replay-check follows: record it and keep its KTAP */
	int status;         /* of its last round, for that check */
	char *argv[MAX_ARGS + 1];
};

/* What a runner needs of the kernel to execute ("needs NAME TEXT"). */
struct need {
	char *name, *text;
};

static struct run runs[MAX_RUNS];
static int nruns;
static struct need needs[MAX_RUNS];
static int nneeds;
static int repeat = 1;
static int panic_after = -1;
static bool save_recordings;
static int kmsg_fd = -1;

/* One write per line, so a line reaches the console in one piece. */
static void say(const char *fmt, ...)
{
	char buf[LINE_MAX_LEN + 64];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (write(STDOUT_FILENO, buf, n) < 0)
		return;
}

static void mount_one(const char *source, const char *target, const char *type, const char *data)
{
	mkdir(target, 0755);
	if (mount(source, target, type, 0, data) != 0)
		say(TAG " warning: mount %s on %s: %s", type, target, strerror(errno));
}

/* The kernel opens /dev/console for init only if the node exists in the
 * initramfs; ours has none (making one needs root), so take it from devtmpfs. */
static void open_console(void)
{
	int fd = open("/dev/console", O_RDWR | O_NOCTTY);

	if (fd < 0)
		return;
	for (int i = 0; i < 3; i++)
		if (fd != i)
			dup2(fd, i);
	if (fd > 2)
		close(fd);
}

static void setup(void)
{
	mount_one("devtmpfs", "/dev", "devtmpfs", NULL);
	open_console();
	mount_one("proc", "/proc", "proc", NULL);
	mount_one("sysfs", "/sys", "sysfs", NULL);
	mount_one("tmpfs", "/tmp", "tmpfs", "mode=1777");
	setenv("PATH", "/bin", 1);
	setenv("HOME", "/tmp", 1);
	/* One --only for every runner: a runner it selects nothing of SKIPs. */
	setenv("PR_ONLY_MAY_MISS", "1", 1);
}

static int read_conf(void)
{
	char line[LINE_MAX_LEN];
	FILE *f = fopen(CONF, "r");

	if (!f) {
		say(TAG " error: cannot open " CONF ": %s", strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *save, *word = strtok_r(line, " \t\n", &save);

		if (!word || word[0] == '#')
			continue;
		if (strcmp(word, "repeat") == 0) {
			char *n = strtok_r(NULL, " \t\n", &save);

			repeat = n ? atoi(n) : 1;
		} else if (strcmp(word, "needs") == 0 && nneeds < MAX_RUNS) {
			char *name = strtok_r(NULL, " \t\n", &save), *text = strtok_r(NULL, "\n", &save);

			if (name && text) {
				needs[nneeds].name = strdup(name);
				needs[nneeds++].text = strdup(text);
			}
		} else if (strcmp(word, "save-recordings") == 0) {
			save_recordings = true;
		} else if (strcmp(word, "panic-after") == 0) {
			char *n = strtok_r(NULL, " \t\n", &save);

			panic_after = n ? atoi(n) : -1;
		} else if ((strcmp(word, "run") == 0 || strcmp(word, "replay-check") == 0) &&
			   nruns < MAX_RUNS) {
			struct run *r = &runs[nruns];
			int argc = 0;
			char *name = strtok_r(NULL, " \t\n", &save);

			if (!name)
				continue;
			r->name = strdup(name);
			r->replay_check = strcmp(word, "replay-check") == 0;
			if (r->replay_check) {
				if (nruns == 0 || runs[nruns - 1].replay_check) {
					say(TAG " warning: " CONF ": replay-check %s follows no run", name);
					continue;
				}
				runs[nruns - 1].record = true;
			}
			if ((word = strtok_r(NULL, " \t\n", &save)))
				r->argv[argc++] = strdup(word);
			r->argv[argc] = NULL;
			if (argc > 0)
				nruns++;
		} else if (strcmp(word, "arg") == 0 && nruns > 0) {
			struct run *r = &runs[nruns - 1];
			char *rest = strtok_r(NULL, "\n", &save);
			int argc = 0;

			while (r->argv[argc])
				argc++;
			if (argc < MAX_ARGS) {
				r->argv[argc++] = strdup(rest ? rest : "");
				r->argv[argc] = NULL;
			}
		} else {
			say(TAG " warning: " CONF ": ignoring '%s'", word);
		}
	}
	fclose(f);
	return 0;
}

/* Starts the kernel-log copy at the end: boot messages are not the run's. */
static void kmsg_open(void)
{
	kmsg_fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK);
	if (kmsg_fd >= 0)
		lseek(kmsg_fd, 0, SEEK_END);
}

/* Record format: "PRIO,SEQ,USEC,FLAGS;TEXT\n" then " KEY=VALUE" lines. */
static void kmsg_copy(void)
{
	char rec[8192];
	ssize_t n;

	if (kmsg_fd < 0)
		return;
	for (;;) {
		n = read(kmsg_fd, rec, sizeof(rec) - 1);
		if (n < 0 && errno == EPIPE)
			continue; /* records overwritten before we read them: go on */
		if (n <= 0)
			break;
		rec[n] = '\0';
		char *text = strchr(rec, ';');
		char *end;

		if (!text || (atoi(rec) & 7) > 4)
			continue;
		text++;
		end = strchr(text, '\n');
		if (end)
			*end = '\0';
		say(TAG " kmsg %s", text);
	}
}

/* What run NAME (or NAME-replay) needs of the kernel, or NULL. */
static const char *needs_of(const char *name)
{
	for (int i = 0; i < nneeds; i++) {
		size_t n = strlen(needs[i].name);

		if (strncmp(name, needs[i].name, n) == 0 && (!name[n] || strcmp(name + n, "-replay") == 0))
			return needs[i].text;
	}
	return NULL;
}

/* What the runner writes into the pipe, to the console as it comes and to
 * copy; ends when the runner (and whatever it left holding the pipe) is gone. */
static void copy_stream(int pipe_fd[2], int copy)
{
	char buf[4096];
	ssize_t n;

	close(pipe_fd[1]);
	while ((n = read(pipe_fd[0], buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (write(STDOUT_FILENO, buf, n) < 0 || write(copy, buf, n) != n)
			break;
	}
	close(pipe_fd[0]);
}

/* Run argv with stdout to out (NULL: the console; with tee, the console
 * and out); its exit status, or 128 + signal.  A runner this kernel cannot execute (ENOEXEC: a 32-bit
 * runner without the kernel's compat support) is a KTAP "all skipped" with
 * what it needs, and status 4. */
static int spawn(const char *name, char *const argv[], const char *out, bool tee)
{
	int status, pipe_fd[2] = { -1, -1 }, copy = -1;
	pid_t pid, got;

	if (tee && (pipe(pipe_fd) != 0 || (copy = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0)) {
		say(TAG " error: keeping the output of %s in %s: %s", name, out, strerror(errno));
		return 2;
	}
	pid = fork();
	if (pid == 0) {
		int fd = tee ? pipe_fd[1] : out ? open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;

		if (out && (fd < 0 || dup2(fd, 1) != 1))
			_exit(127);
		if (tee) {
			close(pipe_fd[0]);
			close(pipe_fd[1]);
			close(copy);
		}
		execv(argv[0], argv);
		if (errno == ENOEXEC) {
			const char *need = needs_of(name);

			say("KTAP version 1");
			say("1..0 # SKIP %s%sthis kernel cannot execute %s (%s)", need ? need : "",
			    need ? ": " : "", argv[0], strerror(ENOEXEC));
			_exit(4);
		}
		say(TAG " error: exec %s: %s", argv[0], strerror(errno));
		_exit(127);
	}
	if (pid < 0) {
		say(TAG " error: fork: %s", strerror(errno));
		return 2;
	}
	if (tee) {
		copy_stream(pipe_fd, copy);
		close(copy);
	}
	/* As pid 1 we also inherit orphans: reap them on the way. */
	do
		got = wait(&status);
	while (got != pid && !(got < 0 && errno != EINTR));
	if (got < 0)
		return 2;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* The first byte at which two files differ, or -1 if they are the same. */
static long first_difference(const char *a, const char *b)
{
	FILE *fa = fopen(a, "r"), *fb = fopen(b, "r");
	long at = 0, diff = fa && fb ? -1 : 0;
	int ca, cb;

	while (diff < 0 && fa && fb) {
		ca = getc(fa);
		cb = getc(fb);
		if (ca != cb)
			diff = at;
		else if (ca == EOF)
			break;
		at++;
	}
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	return diff;
}

/* The recording at path, one tagged console line per line, for the host. */
static void print_recording(const char *name, const char *path)
{
	char line[LINE_MAX_LEN];
	FILE *f = fopen(path, "r");

	if (!f) {
		say(TAG " error: cannot open the recording %s: %s", path, strerror(errno));
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		say(TAG " rec %s %s", name, line);
	}
	fclose(f);
}

/* Where run r keeps its recording and its KTAP for the check after it. */
static void kept_files(const struct run *r, char *rec, char *live, size_t len)
{
	snprintf(rec, len, "/tmp/%s.rec", r->name);
	snprintf(live, len, "/tmp/%s.live", r->name);
}

/* A recorded run: its KTAP to the console as usual, and kept. */
static int recorded_run(const struct run *r)
{
	char rec[256], live[256];
	char *argv[MAX_ARGS + 4];
	int n = 0;

	kept_files(r, rec, live, sizeof(rec));
	for (; r->argv[n]; n++)
		argv[n] = r->argv[n];
	argv[n] = "--record";
	argv[n + 1] = rec;
	argv[n + 2] = NULL;
	return spawn(r->name, argv, live, true);
}

/* Replay the recording of the run before it (live), and say in KTAP whether
 * the two agree: the same exit status and the same KTAP, byte for byte. */
static int replay_check(const struct run *r, const struct run *live_run)
{
	char rec[256], live[256], replay[256];
	char *argv[] = { r->argv[0], "--replay", rec, NULL };
	int replay_status;
	long diff;

	kept_files(live_run, rec, live, sizeof(rec));
	snprintf(replay, sizeof(replay), "/tmp/%s.replay", r->name);
	replay_status = spawn(r->name, argv, replay, false);
	diff = first_difference(live, replay);
	say("KTAP version 1");
	say("1..2");
	if (live_run->status != replay_status)
		say("# live exit status %d, replay exit status %d", live_run->status, replay_status);
	say("%s 1 replay-exit-status", live_run->status == replay_status ? "ok" : "not ok");
	if (diff >= 0)
		say("# the replayed KTAP differs from the live one at byte %ld", diff);
	say("%s 2 replay-ktap", diff < 0 ? "ok" : "not ok");
	if (save_recordings)
		print_recording(r->name, rec);
	return live_run->status == replay_status && diff < 0 ? 0 : 1;
}

static double seconds(clockid_t clock)
{
	struct timespec ts = { 0, 0 };

	clock_gettime(clock, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int run_one(struct run *r)
{
	int status;
	double t0 = seconds(CLOCK_MONOTONIC);

	say(TAG " begin %s", r->name);
	if (r->replay_check)
		status = replay_check(r, r - 1); /* read_conf: it follows its run */
	else
		status = r->record ? recorded_run(r) : spawn(r->name, r->argv, NULL, false);
	r->status = status;
	kmsg_copy();
	say(TAG " end %s status %d", r->name, status);
	say(TAG " took %s %.3f", r->name, seconds(CLOCK_MONOTONIC) - t0);
	return status;
}

/* The test-only guest panic: the host must report it, not hang. */
static void crash(void)
{
	int fd = open("/proc/sysrq-trigger", O_WRONLY);

	say(TAG " crashing the kernel on request (panic-after)");
	if (fd < 0 || write(fd, "c", 1) != 1)
		say(TAG " error: /proc/sysrq-trigger: %s", strerror(errno));
}

int main(void)
{
	int status = 2;

	struct utsname u;

	setup();
	say(TAG " start");
	say(TAG " at-init %.3f", seconds(CLOCK_BOOTTIME));
	/* The host names the kernel in its KTAP ("# kernel: RELEASE"); the
	 * runners judge known bugs by its version themselves. */
	if (uname(&u) == 0)
		say(TAG " kernel %s", u.release);
	if (read_conf() == 0 && nruns > 0) {
		int any_failed = 0, all_skipped = 1;

		kmsg_open();
		for (int round = 0, done = 0; round < repeat; round++) {
			for (int i = 0; i < nruns; i++) {
				int s = run_one(&runs[i]);

				any_failed |= s != 0 && s != 4;
				all_skipped &= s == 4;
				if (++done == panic_after)
					crash();
			}
		}
		kmsg_copy();
		/* kselftest's convention: any failure wins, then "all skipped". */
		status = any_failed ? 1 : all_skipped ? 4 : 0;
	}
	say(TAG " done status %d", status);
	sync();
	/* With qemu -no-reboot this ends QEMU on every arch; RB_POWER_OFF only
	 * halts on kernels without ACPI. */
	reboot(RB_AUTOBOOT);
	return 0;
}
