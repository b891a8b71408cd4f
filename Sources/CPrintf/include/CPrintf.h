#ifndef INNODASH_CPRINTF_H
#define INNODASH_CPRINTF_H

#include <stddef.h>

/// `snprintf(buffer, size, "%.*f", decimals, value)`: Swift cannot call a variadic C
/// function, and its way round (a va_list of Swift values) casts each value dynamically.
int innodash_print_fixed(char *buffer, size_t size, int decimals, double value);

/// `snprintf(buffer, size, "%.*g", digits, value)`.
int innodash_print_significant(char *buffer, size_t size, int digits, double value);

#endif
