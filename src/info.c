#include "info.h"

#include <string.h>

static uint64_t load(const uint8_t *b, size_t len, size_t off, size_t width, bool be)
{
	uint64_t v = 0;

	if (off + width > len)
		return 0;
	for (size_t i = 0; i < width; i++) {
		size_t idx = be ? off + i : off + width - 1 - i;
		v = v << 8 | b[idx];
	}
	return v;
}

static void store(uint8_t *b, size_t off, size_t width, bool be, uint64_t v)
{
	for (size_t i = 0; i < width; i++) {
		size_t idx = be ? off + width - 1 - i : off + i;
		b[idx] = (uint8_t)(v >> (8 * i));
	}
}

size_t pr_info_encode(const struct pr_info *in, bool be, uint8_t *b)
{
	const size_t u = PR_INFO_OFF_UNION;

	memset(b, 0, PR_INFO_SIZE);
	store(b, 0, 1, be, in->op);
	store(b, 1, 1, be, in->reserved);
	store(b, 2, 2, be, in->flags);
	store(b, 4, 4, be, in->arch);
	store(b, 8, 8, be, in->instruction_pointer);
	store(b, 16, 8, be, in->stack_pointer);
	switch (in->op) {
	case PR_OP_ENTRY:
	case PR_OP_SECCOMP:
		store(b, u, 8, be, in->nr);
		for (int i = 0; i < 6; i++)
			store(b, u + 8 + 8 * (size_t)i, 8, be, in->args[i]);
		if (in->op == PR_OP_SECCOMP)
			store(b, u + 56, 4, be, in->ret_data);
		break;
	case PR_OP_EXIT:
		store(b, u, 8, be, (uint64_t)in->rval);
		store(b, u + 8, 1, be, in->is_error);
		break;
	default:
		break;
	}
	return pr_info_size_for_op(in->op);
}

void pr_info_decode(const uint8_t *b, size_t len, bool be, struct pr_info *out)
{
	const size_t u = PR_INFO_OFF_UNION;

	memset(out, 0, sizeof(*out));
	if (len > PR_INFO_SIZE)
		len = PR_INFO_SIZE;
	out->op = (uint8_t)load(b, len, 0, 1, be);
	out->reserved = (uint8_t)load(b, len, 1, 1, be);
	out->flags = (uint16_t)load(b, len, 2, 2, be);
	out->arch = (uint32_t)load(b, len, 4, 4, be);
	out->instruction_pointer = load(b, len, 8, 8, be);
	out->stack_pointer = load(b, len, 16, 8, be);
	switch (out->op) {
	case PR_OP_ENTRY:
	case PR_OP_SECCOMP:
		out->nr = load(b, len, u, 8, be);
		for (int i = 0; i < 6; i++)
			out->args[i] = load(b, len, u + 8 + 8 * (size_t)i, 8, be);
		if (out->op == PR_OP_SECCOMP)
			out->ret_data = (uint32_t)load(b, len, u + 56, 4, be);
		break;
	case PR_OP_EXIT:
		out->rval = (int64_t)load(b, len, u, 8, be);
		out->is_error = (uint8_t)load(b, len, u + 8, 1, be);
		break;
	default:
		break;
	}
}

size_t pr_info_size_for_op(unsigned op)
{
	switch (op) {
	case PR_OP_NONE: return PR_INFO_SIZE_NONE;
	case PR_OP_ENTRY: return PR_INFO_SIZE_ENTRY;
	case PR_OP_EXIT: return PR_INFO_SIZE_EXIT;
	case PR_OP_SECCOMP: return PR_INFO_SIZE_SECCOMP;
	default: return 0;
	}
}

const char *pr_info_op_name(unsigned op)
{
	static const char *const names[] = { "NONE", "ENTRY", "EXIT", "SECCOMP" };

	return op < sizeof(names) / sizeof(names[0]) ? names[op] : "UNKNOWN";
}
