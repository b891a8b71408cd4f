#include "CPrintf.h"

#include <stdio.h>

int innodash_print_fixed(char *buffer, size_t size, int decimals, double value) {
    return snprintf(buffer, size, "%.*f", decimals, value);
}

int innodash_print_significant(char *buffer, size_t size, int digits, double value) {
    return snprintf(buffer, size, "%.*g", digits, value);
}
