#define _GNU_SOURCE
#include "CWidth.h"

#include <locale.h>
#include <wchar.h>

/* Coarse widths for a system without a UTF-8 locale: East Asian wide ranges. */
static int fallback_width(uint32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return -1;
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F)) return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

int innodash_wcwidth(uint32_t scalar) {
    static __thread locale_t utf8 = (locale_t)0;
    static __thread int unavailable = 0;
    if (scalar >= 0x20 && scalar < 0x7F) return 1;
    if (!utf8 && !unavailable) {
        utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
        if (!utf8) utf8 = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
        if (!utf8) unavailable = 1;
    }
    if (unavailable) return fallback_width(scalar);
    locale_t previous = uselocale(utf8);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}
