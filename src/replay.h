/* --replay: judge a recording with the recorded personality's expectations,
 * on any host, printing the same KTAP and returning the same exit status as
 * the live run that made it. */
#ifndef PR_REPLAY_H
#define PR_REPLAY_H

#include <stdbool.h>
#include <stdio.h>

#include "recording.h"

/* Report an already-read recording; the exit status. */
int pr_replay_recording(const struct pr_recording *rec, const char *only, bool strict, FILE *out);

/* Read file ("-": stdin) and report it; a bad file is one error line on
 * stderr and PR_EXIT_ERROR. */
int pr_replay_file(const char *file, const char *only, bool strict, FILE *out);

#endif
