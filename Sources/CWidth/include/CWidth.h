#ifndef INNODASH_CWIDTH_H
#define INNODASH_CWIDTH_H

#include <stdint.h>

/// The number of terminal columns a Unicode scalar takes, as glibc's `wcwidth` says in a
/// UTF-8 locale: -1 for control characters, 0 for combining marks, 2 for wide (CJK)
/// characters, 1 otherwise. It uses a thread-local C.UTF-8 locale, so the answer does not
/// depend on the process locale, and agrees with what ncurses uses to place the cursor.
int innodash_wcwidth(uint32_t scalar);

#endif
