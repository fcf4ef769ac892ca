/* Is scv usable, from the AT_HWCAP2 word the kernel hands the process?
 * A header of its own so a unit test can feed it any hwcap word. */
#ifndef PR_PPC_SCV_HWCAP_H
#define PR_PPC_SCV_HWCAP_H

#include <stddef.h>

#define PR_PPC_FEATURE2_SCV 0x00100000UL /* arch/powerpc/include/uapi/asm/cputable.h */

/* NULL when scv works, else why not (a SKIP reason). */
static inline const char *pr_ppc_scv_missing(unsigned long hwcap2)
{
	if (hwcap2 & PR_PPC_FEATURE2_SCV)
		return NULL;
	return "AT_HWCAP2 lacks PPC_FEATURE2_SCV: the CPU (POWER9 or later) or the kernel "
	       "(Linux 5.9+ with scv enabled) does not offer the scv instruction";
}

#endif
