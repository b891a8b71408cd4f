#ifndef INNODASH_CBENCHTERMINAL_H
#define INNODASH_CBENCHTERMINAL_H

#include <spawn.h>
#include <stddef.h>

/// Opens a new pseudo-terminal of `rows`×`columns` (close-on-exec master, unlocked) and
/// writes the path of its terminal side into `name`. Returns the master's descriptor, or
/// -1 with errno set.
int bench_open_pseudo_terminal(char *name, size_t length, unsigned short rows, unsigned short columns);

/// Asks posix_spawn to start the child in a new session (glibc's POSIX_SPAWN_SETSID), so
/// that the terminal it opens becomes its controlling terminal.
int bench_spawn_setsid_flag(void);

/// Adds a change of working directory to spawn file actions (glibc 2.29 and later).
int bench_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path);

#endif
