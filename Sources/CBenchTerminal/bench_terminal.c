#define _GNU_SOURCE
#include "CBenchTerminal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int bench_open_pseudo_terminal(char *name, size_t length, unsigned short rows, unsigned short columns) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    struct winsize size = { .ws_row = rows, .ws_col = columns };
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, name, length) != 0 ||
        ioctl(master, TIOCSWINSZ, &size) != 0) {
        close(master);
        return -1;
    }
    return master;
}

int bench_spawn_setsid_flag(void) {
    return POSIX_SPAWN_SETSID;
}

int bench_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}
