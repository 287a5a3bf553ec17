// libolm (Debian: libolm-dev): Olm and Megolm, the Double Ratchet and group ratchet Matrix
// end-to-end encryption uses. libolm takes its randomness from the caller: getrandom(2), which
// Swift's Glibc module does not export, comes in here.
#ifndef FLOWLEARN_COLM_SHIM_H
#define FLOWLEARN_COLM_SHIM_H

#include <olm/olm.h>
#include <olm/inbound_group_session.h>
#include <olm/outbound_group_session.h>
#include <sys/random.h>

/// Up to `length` random bytes from the kernel; the count, or -1 with errno set.
static inline long flowlearn_getrandom(void *buffer, size_t length) {
    return (long)getrandom(buffer, length, 0);
}

#endif
