/* libFuzzer target for the recording reader, and for the judge and the
 * diagnosis on whatever a recording that reads can hold (replayed to
 * /dev/null).  Built and run by tests/fuzz/run-fuzz.sh under ASan+UBSan. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "recording.h"
#include "replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null_out;
	struct pr_recording rec;
	char err[512];
	FILE *f;

	if (!null_out)
		null_out = fopen("/dev/null", "w");
	if (size == 0)
		return 0;
	f = fmemopen((void *)data, size, "r");
	if (!f)
		return 0;
	if (pr_rec_read(f, "fuzz", &rec, err, sizeof(err)) == 0) {
		pr_replay_recording(&rec, NULL, false, null_out);
		pr_replay_recording(&rec, "*.args", true, null_out);
		pr_rec_free(&rec);
	}
	fclose(f);
	return 0;
}
