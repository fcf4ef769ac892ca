#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "infosize.h"
#include "payloads/sizes.h"

#define CANARY 0xa5

static uint8_t *guarded_page(size_t page)
{
	static uint8_t *mem;

	if (!mem) {
		void *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (m == MAP_FAILED)
			return NULL;
		if (mprotect((uint8_t *)m + page, page, PROT_NONE) != 0) {
			munmap(m, 2 * page);
			return NULL;
		}
		mem = m;
	}
	return mem;
}

static bool all_canary(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != CANARY)
			return false;
	return true;
}

int pr_probe_info_sizes(pid_t pid, struct pr_stop *stop)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	uint8_t *mem = guarded_page(page);
	struct pr_sizes *z;

	if (!mem)
		return -errno;
	z = pr_sizes_make(stop);
	for (size_t size = 0; size <= PR_INFO_SIZE; size++) {
		uint8_t *buf = mem + page - size;
		long ret;
		size_t written;

		memset(mem, CANARY, page);
		errno = 0;
		ret = ptrace((enum __ptrace_request)PR_PTRACE_GET_SYSCALL_INFO, pid, (void *)size, buf);
		z->size_ret[size] = ret < 0 ? -errno : ret;
		written = ret < 0 ? 0 : ((size_t)ret < size ? (size_t)ret : size);
		z->size_flags[size] = 0;
		if (memcmp(buf, stop->info, written) == 0)
			z->size_flags[size] |= PR_SIZE_PREFIX_OK;
		if (all_canary(mem, page - size) && all_canary(buf + written, size - written))
			z->size_flags[size] |= PR_SIZE_REST_UNTOUCHED;
	}
	z->sized = true;
	return 0;
}
