/* The i386 tracee's vDSO entry (arch/i386/vdso.c). */
#ifndef PR_I386_VDSO_H
#define PR_I386_VDSO_H

/* AT_SYSINFO: __kernel_vsyscall, what stub-vdso.S calls; 0 without one. */
extern unsigned long pr_vdso_sysinfo;

/* The vdso path's two hooks (struct pr_path). */
const char *pr_vdso_unavailable(void);
void pr_vdso_range(const char **begin, const char **end);
void pr_vdso_pages(const char **begin, const char **end);

#endif
