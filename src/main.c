/* ptrace-regress: does ptrace report syscalls correctly on this kernel? */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "group-jobs.h"
#include "host.h"
#include "list-bugs.h"
#include "replay.h"
#include "runner.h"
#include "scenario.h"
#include "stress.h"
#include "wait.h"

#define DEFAULT_TIMEOUT 10

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: ptrace-regress [OPTION]...\n"
		"Check that ptrace reports syscalls correctly on the running kernel: traces\n"
		"small tracee programs and judges every PTRACE_GET_SYSCALL_INFO stop against\n"
		"exact per-arch expectations.  Prints KTAP version 1.\n"
		"\n"
		"  --list            print the id of every check and exit\n"
		"  --only GLOB       run only the checks whose id matches GLOB, e.g.\n"
		"                    'x86_64/syscall.errno.*' or 'entry.*.args'\n"
		"  --timeout SECONDS time allowed per group (default %d)\n"
		"  --repeat N        run everything N times in one process (soak), with a\n"
		"                    summary line per run\n"
		"  --jobs N          trace N groups at once, each in a process of its own\n"
		"                    (default: the CPUs it may run on, at least 2; 1: one\n"
		"                    by one)\n"
		"  --tracee-dir DIR  where the ptrace-regress-tracee-* programs are\n"
		"  --launch-by-exec  start each group's tracee by fork and exec of its\n"
		"                    program (default: a fork server of each program\n"
		"                    forks them, but for the groups that see the exec)\n"
		"  --record FILE     also write every observed stop to FILE, to be judged\n"
		"                    later with --replay (format: doc/recording-format.md)\n"
		"  --replay FILE     judge a recording instead of tracing: same KTAP and exit\n"
		"                    status as the run that made it, on any host ('-': stdin)\n"
		"  --stress SECONDS  trace the selected groups over and over for SECONDS, --jobs\n"
		"                    at once, each round in a random order; any failed check or\n"
		"                    process left behind fails it (one KTAP result, with\n"
		"                    operations and stops per second)\n"
		"  --seed N          the stress's order (default: from the clock, printed)\n"
		"  --strict          a failure that looks like a known kernel bug fails, even\n"
		"                    on a kernel whose version lacks the fix (default: XFAIL)\n"
		"  --list-bugs       print the catalogue of known bugs: where each is fixed,\n"
		"                    the checks it breaks; and the documented arch differences\n"
		"  --help            show this help\n"
		"  --version         show the version\n"
		"\n"
		"Check ids are <personality>/<path>.<group>.<check>.  Groups:\n",
		DEFAULT_TIMEOUT);
	/* At least two spaces between a name and its summary: help2man (the
	 * man page) takes that for a term and its description, one space for
	 * running text. */
	for (unsigned i = 0; i < pr_ngroups; i++)
		fprintf(f, "  %-13s%s%s\n", pr_groups[i].name,
			strlen(pr_groups[i].name) < 13 ? " " : "  ", pr_groups[i].summary);
	fprintf(f, "Personalities this host traces:");
	for (const char *const *p = pr_host_personalities; *p; p++)
		fprintf(f, " %s", *p);
	fprintf(f, "\n\nExit status: 0 all passed (a known kernel bug's failure is an XFAIL: it\n"
		   "passes), 1 a check failed, 4 everything skipped,\n"
		   "2 usage or environment error.  With PR_ONLY_MAY_MISS set (ci/guest-init sets\n"
		   "it for the runners of a VM, which share one --only), an --only that selects\n"
		   "no check of this runner is a SKIP (exit 4), not a usage error.\n");
}

static int bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "ptrace-regress: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (try --help)\n");
	return PR_EXIT_ERROR;
}

/* A seed: a whole number from 1. */
static bool seed_of(const char *text, unsigned long long *out)
{
	char *end;

	errno = 0;
	*out = strtoull(text, &end, 10);
	return *text >= '0' && *text <= '9' && !*end && !errno && *out;
}

/* A whole number from 1 to max. */
static bool count(const char *text, unsigned max, unsigned *out)
{
	char *end;
	unsigned long v = strtoul(text, &end, 10);

	if (!*text || *end || v == 0 || v > max)
		return false;
	*out = (unsigned)v;
	return true;
}

int main(int argc, char **argv)
{
	enum { OPT_LIST = 256, OPT_ONLY, OPT_TIMEOUT, OPT_REPEAT, OPT_JOBS, OPT_TRACEE_DIR, OPT_RECORD,
	       OPT_REPLAY, OPT_STRICT, OPT_STRESS, OPT_SEED, OPT_LIST_BUGS, OPT_HELP, OPT_VERSION,
	       OPT_LAUNCH_BY_EXEC };
	static const struct option longopts[] = {
		{ "list", no_argument, NULL, OPT_LIST },
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "repeat", required_argument, NULL, OPT_REPEAT },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "tracee-dir", required_argument, NULL, OPT_TRACEE_DIR },
		{ "launch-by-exec", no_argument, NULL, OPT_LAUNCH_BY_EXEC },
		{ "record", required_argument, NULL, OPT_RECORD },
		{ "replay", required_argument, NULL, OPT_REPLAY },
		{ "strict", no_argument, NULL, OPT_STRICT },
		{ "stress", required_argument, NULL, OPT_STRESS },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "list-bugs", no_argument, NULL, OPT_LIST_BUGS },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	struct pr_options o = { .timeout = DEFAULT_TIMEOUT, .tool = PACKAGE_STRING, .jobs = pr_default_jobs() };
	const char *record = NULL, *replay = NULL;
	unsigned stress = 0;
	unsigned long long seed = 0;
	bool list = false;
	int status;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_LIST: list = true; break;
		case OPT_ONLY: o.only = optarg; break;
		case OPT_TIMEOUT:
			if (!count(optarg, 3600, &o.timeout))
				return bad_usage("--timeout wants seconds from 1 to 3600, not '%s'", optarg);
			break;
		case OPT_REPEAT:
			if (!count(optarg, 100000, &o.repeat))
				return bad_usage("--repeat wants a count from 1 to 100000, not '%s'", optarg);
			break;
		case OPT_JOBS:
			if (!count(optarg, 64, &o.jobs))
				return bad_usage("--jobs wants a count from 1 to 64, not '%s'", optarg);
			break;
		case OPT_TRACEE_DIR: o.tracee_dir = optarg; break;
		case OPT_LAUNCH_BY_EXEC: o.launch_by_exec = true; break;
		case OPT_RECORD: record = optarg; break;
		case OPT_REPLAY: replay = optarg; break;
		case OPT_STRICT: o.strict = true; break;
		case OPT_STRESS:
			if (!count(optarg, 86400, &stress))
				return bad_usage("--stress wants seconds from 1 to 86400, not '%s'", optarg);
			break;
		case OPT_SEED:
			if (!seed_of(optarg, &seed))
				return bad_usage("--seed wants a whole number from 1, not '%s'", optarg);
			break;
		case OPT_LIST_BUGS: pr_list_bugs(stdout); return PR_EXIT_PASS;
		case OPT_HELP: usage(stdout); return PR_EXIT_PASS;
		case OPT_VERSION: puts(PACKAGE_STRING); return PR_EXIT_PASS;
		case ':': return bad_usage("option '%s' needs a value", argv[optind - 1]);
		default: return bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return bad_usage("unexpected argument '%s'", argv[optind]);
	if (record && (replay || list))
		return bad_usage("--record %s goes with a live run, not --replay or --list", record);
	if (record && o.repeat > 1)
		return bad_usage("--record %s records one run: drop --repeat", record);
	if (replay && list)
		return bad_usage("--replay %s cannot be combined with --list", replay);
	if (stress && (record || replay || list || o.repeat > 1))
		return bad_usage("--stress goes alone with --only, --jobs, --seed, --timeout, --strict, --launch-by-exec%s", "");
	if (seed && !stress)
		return bad_usage("--seed %s goes with --stress", "N");
	if (replay)
		return pr_replay_file(replay, o.only, o.strict, stdout);
	if (pr_list_checks(&o, list ? stdout : NULL) == 0) {
		/* Where several runners share one --only (a VM's: ci/guest-init
		 * sets this), one whose checks it misses has nothing to do. */
		if (!list && getenv("PR_ONLY_MAY_MISS")) {
			printf("KTAP version 1\n1..0 # SKIP no check of this runner matches --only %s\n", o.only);
			return PR_EXIT_SKIP;
		}
		return bad_usage("no check matches '%s'", o.only);
	}
	if (list)
		return PR_EXIT_PASS;
	if (record && !(o.record = fopen(record, "w"))) {
		fprintf(stderr, "ptrace-regress: %s: %s\n", record, strerror(errno));
		return PR_EXIT_ERROR;
	}
	pr_wait_init();
	if (stress)
		return pr_stress(&o, stress, seed ? seed : (unsigned long long)time(NULL));
	status = pr_run_checks(&o);
	if (o.record && fclose(o.record) != 0) {
		fprintf(stderr, "ptrace-regress: writing %s: %s\n", record, strerror(errno));
		return PR_EXIT_ERROR;
	}
	return status;
}
