#ifndef INNODASH_CNCURSES_H
#define INNODASH_CNCURSES_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600: without these, cchar_t, setcchar,
   mvadd_wch and get_wch do not import. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <stdint.h>

/* Macros and globals Swift cannot import, as functions. */
static inline attr_t innodash_a_normal(void) { return A_NORMAL; }
static inline attr_t innodash_a_bold(void) { return A_BOLD; }
static inline attr_t innodash_a_dim(void) { return A_DIM; }
static inline attr_t innodash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t innodash_a_reverse(void) { return A_REVERSE; }
static inline WINDOW *innodash_stdscr(void) { return stdscr; }
static inline int innodash_lines(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int innodash_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int innodash_colors(void) { return COLORS; }
static inline int innodash_key_code_yes(void) { return KEY_CODE_YES; }

/* Sets the locale from the environment (LC_ALL, LC_CTYPE, LANG) and says whether its
   character set is UTF-8. */
int innodash_setlocale_is_utf8(void);

/* Starts curses on standard output and input; NULL when TERM is unknown. */
SCREEN *innodash_newterm(void);

/* Makes the next refresh redraw the whole screen. */
static inline void innodash_redraw_all(void) { clearok(curscr, TRUE); }

/* Draws one cell: a character (its scalars, base first, then combining marks) with
   attributes and a colour pair, at row y, column x. */
int innodash_put_cell(int y, int x, const uint32_t *scalars, int count, attr_t attributes, short pair);

/* Reads one key without waiting: OK with a character, KEY_CODE_YES with a key code, ERR
   when none is waiting. */
int innodash_read_key(uint32_t *key);
/// Puts a character back, to be read again by the next innodash_read_key.
int innodash_unread_key(uint32_t key);

/* Signals. SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\) are recorded and wake
   `innodash_wait`: the run loop then ends and the terminal is given back on the main
   thread. Crash signals (SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP) restore the
   terminal and go on to the handler that was there before (the Swift runtime's, or the
   default). */
int innodash_install_signal_handlers(void);
/* The quit signal that arrived, or 0. */
int innodash_quit_signal(void);
/* Whether a crash handler must call endwin: set while curses owns the terminal. */
void innodash_set_curses_active(int active);

/* Blocks until standard input has something to read or a signal arrives, or at most
   `timeout_ms` milliseconds (a negative one: no timeout). Returns 1 when input is ready,
   2 when the input is closed, 0 when woken by a signal, 3 when the time ran out. */
int innodash_wait(int timeout_ms);
/* Wakes `innodash_wait` from another thread (async-signal-safe: one write to the wake
   pipe), as a signal does: how the dashboard learns that a team database changed. */
void innodash_wake(void);

#endif
