/* The list the runner and the judge read: one row per entry of
 * arch/personalities.tab, each defined in its arch's personality.c. */
#include "personality.h"

#include <string.h>

/* src/personality-rows.h: PR_PERSONALITY_ROW(id, exec_needs) per entry of the table. */
#define PR_PERSONALITY_ROW(id, needs) extern const struct pr_personality pr_personality_##id;
#include "personality-rows.h"
#undef PR_PERSONALITY_ROW

const struct pr_personality *const pr_personalities[] = {
#define PR_PERSONALITY_ROW(id, needs) &pr_personality_##id,
#include "personality-rows.h"
#undef PR_PERSONALITY_ROW
	NULL,
};

/* In the order of pr_personalities. */
static const char *const exec_needs[] = {
#define PR_PERSONALITY_ROW(id, needs) needs,
#include "personality-rows.h"
#undef PR_PERSONALITY_ROW
};

const char *pr_exec_needs(const struct pr_personality *p)
{
	for (unsigned i = 0; pr_personalities[i]; i++)
		if (pr_personalities[i] == p)
			return exec_needs[i][0] ? exec_needs[i] : NULL;
	return NULL;
}

const struct pr_personality *pr_personality_find(const char *name)
{
	for (const struct pr_personality *const *p = pr_personalities; *p; p++)
		if (strcmp((*p)->name, name) == 0)
			return *p;
	return NULL;
}

unsigned pr_personality_path(const struct pr_personality *p, const char *path)
{
	for (unsigned k = 0; k < 4 && p->paths[k] && path; k++)
		if (strcmp(p->paths[k], path) == 0)
			return k;
	return 0;
}

int pr_errno(const struct pr_personality *p, int e)
{
	return pr_number_errno(p->errnos, e);
}

int pr_signal(const struct pr_personality *p, int s)
{
	return pr_number_signal(p->signals, s);
}

int pr_stopped(const struct pr_personality *p, int s)
{
	return pr_signal(p, s) << 8 | 0x7f;
}

uint64_t pr_word_mask(const struct pr_personality *p)
{
	return p->word_bits >= 64 ? UINT64_MAX : (UINT64_C(1) << p->word_bits) - 1;
}

unsigned pr_long_bits(const struct pr_personality *p)
{
	return p->long_bits ? p->long_bits : p->word_bits;
}

uint64_t pr_syscall_nr(const struct pr_personality *p, enum pr_sys sys)
{
	return sys == PR_SYS_UNKNOWN ? p->nr_unknown : p->nr[sys];
}

uint64_t pr_expected_nr(const struct pr_personality *p, enum pr_sys sys)
{
	return pr_syscall_nr(p, sys) & p->nr_mask;
}

void pr_decode_negerrno64(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	*rval = (int64_t)raw->ret;
	*is_error = raw->ret >= (uint64_t)-4095;
}

void pr_encode_negerrno(int64_t rval, bool is_error, struct pr_raw_regs *raw)
{
	(void)is_error;
	raw->ret = (uint64_t)rval;
	raw->err = 0;
}

void pr_decode_negerrno32(const struct pr_raw_regs *raw, int64_t *rval, bool *is_error)
{
	uint32_t r = (uint32_t)raw->ret;

	*is_error = r >= (uint32_t)-4095;
	*rval = *is_error ? (int64_t)(int32_t)r : (int64_t)r;
}

bool pr_skip_leaves_arg0(bool at_seccomp, const uint64_t args[6], struct pr_raw_regs *raw)
{
	(void)at_seccomp;
	raw->ret = args[0];
	raw->err = 0;
	return true;
}

uint64_t pr_load_word(const uint8_t *b, unsigned width, bool be)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < width; i++)
		v = v << 8 | b[be ? i : width - 1 - i];
	return v;
}

uint64_t pr_sigset_decode(const struct pr_personality *p, const uint8_t bytes[8])
{
	if (p->word_bits >= 64)
		return pr_load_word(bytes, 8, p->big_endian);
	return pr_load_word(bytes, 4, p->big_endian) | pr_load_word(bytes + 4, 4, p->big_endian) << 32;
}

const char *pr_sys_name(enum pr_sys sys)
{
	static const char *const names[] = {
#define PR_SYS_NAME(unused, name) #name,
		PR_SYSCALLS(PR_SYS_NAME, _)
#undef PR_SYS_NAME
	};

	return sys < PR_SYS_COUNT ? names[sys] : "unknown";
}

void pr_rollback_arg0(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw)
{
	(void)path, (void)nr;
	raw->ret = args[0];
	raw->err = 0;
}

void pr_rollback_nr(const char *path, uint64_t nr, const uint64_t args[6], struct pr_raw_regs *raw)
{
	(void)path, (void)args;
	raw->ret = nr;
	raw->err = 0;
}
