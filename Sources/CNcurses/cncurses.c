#define _GNU_SOURCE
#include "CNcurses.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

/* Whether the environment names a UTF-8 locale (LC_ALL, then LC_CTYPE, then LANG). */
static int environment_asks_for_utf8(void) {
    const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
    for (int i = 0; i < 3; i++) {
        const char *value = getenv(names[i]);
        if (value && *value) return strcasestr(value, "utf-8") || strcasestr(value, "utf8");
    }
    return 0;
}

int innodash_setlocale_is_utf8(void) {
    if (!setlocale(LC_ALL, "") && environment_asks_for_utf8()) {
        /* The locale asked for (zh_CN.UTF-8, say) is not installed, but the terminal speaks
           UTF-8: take the character handling of C.UTF-8, which every glibc has, rather than
           drop to ASCII and show Chinese as question marks. */
        setlocale(LC_CTYPE, "C.UTF-8");
    }
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

SCREEN *innodash_newterm(void) {
    return newterm(NULL, stdout, stdin);
}

int innodash_put_cell(int y, int x, const uint32_t *scalars, int count, attr_t attributes, short pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) text[i] = (wchar_t)scalars[i];
    text[n] = 0;
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

int innodash_unread_key(uint32_t key) {
    return unget_wch((wchar_t)key);
}

int innodash_read_key(uint32_t *key) {
    wint_t value = 0;
    int result = get_wch(&value);
    *key = (uint32_t)value;
    return result;
}

static volatile sig_atomic_t quit_signal = 0;
static volatile sig_atomic_t curses_active = 0;
static int wake_pipe[2] = {-1, -1};

static const int crash_signals[] = {SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP};
#define CRASH_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction previous_crash_actions[CRASH_COUNT];

static void on_quit_signal(int sig) {
    int saved = errno;
    quit_signal = sig;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

/* As htop's CRT_handleSIGSEGV: give the terminal back, then let the crash go on: first
   to the handler that was there before (the Swift runtime's prints a backtrace), then,
   should that one return, to the default action, so that the process always ends. */
static void on_crash_signal(int sig) {
    if (curses_active) {
        curses_active = 0;
        endwin();
        /* The Swift backtracer, started next, would wait up to 30 s at a prompt ("Press
           space to interact, D to debug") when standard input is a terminal: it reads
           nothing from here instead, prints its backtrace, and the process ends. */
        int nothing = open("/dev/null", O_RDONLY);
        if (nothing >= 0) dup2(nothing, STDIN_FILENO);
    }
    for (unsigned i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] == sig) {
            sigaction(sig, &previous_crash_actions[i], NULL);
            break;
        }
    }
    raise(sig);
    signal(sig, SIG_DFL);
    raise(sig);
}

int innodash_install_signal_handlers(void) {
    if (wake_pipe[0] < 0) {
        if (pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return -1;
    }
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = on_quit_signal;
    sigemptyset(&quit.sa_mask);
    quit.sa_flags = 0; /* no SA_RESTART: a signal also interrupts a wait */
    if (sigaction(SIGINT, &quit, NULL) != 0) return -1;
    if (sigaction(SIGTERM, &quit, NULL) != 0) return -1;
    if (sigaction(SIGHUP, &quit, NULL) != 0) return -1;
    if (sigaction(SIGQUIT, &quit, NULL) != 0) return -1;

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash_signal;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_NODEFER;
    for (unsigned i = 0; i < CRASH_COUNT; i++) {
        if (sigaction(crash_signals[i], &crash, &previous_crash_actions[i]) != 0) return -1;
    }

    /* A parent may have started us with signals blocked: unblock the ones we rely on. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGWINCH);
    for (unsigned i = 0; i < CRASH_COUNT; i++) sigaddset(&wanted, crash_signals[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    return 0;
}

int innodash_quit_signal(void) { return quit_signal; }

void innodash_wake(void) {
    if (wake_pipe[1] >= 0) {
        char byte = 2;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);
        (void)ignored;
    }
}

void innodash_set_curses_active(int active) { curses_active = active; }

int innodash_wait(int timeout_ms) {
    if (quit_signal) return 0;
    struct pollfd fds[2];
    fds[0].fd = STDIN_FILENO;
    fds[0].events = POLLIN;
    fds[1].fd = wake_pipe[0];
    fds[1].events = POLLIN;
    int ready = poll(fds, wake_pipe[0] >= 0 ? 2 : 1, timeout_ms < 0 ? -1 : timeout_ms);
    if (ready < 0) return 0; /* EINTR: a signal, such as SIGWINCH */
    if (ready == 0) return 3;
    if (fds[1].revents & POLLIN) {
        char buffer[16];
        while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
        return 0;
    }
    if (fds[0].revents & POLLIN) return 1;
    if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) return 2;
    return 0;
}
