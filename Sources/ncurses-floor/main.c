/* The bare ncurses floor of the benchmark (BENCHMARKS.md): the least a program can do to
 * put a given frame on a terminal with ncursesw. It draws the lines of FILE (one screen
 * line each, UTF-8), then waits for keys: `j` moves a marker down one row, `q` quits.
 * Nothing else: no plan, no database, no layout. innodash's first frame is measured
 * against the same frame drawn by this.
 *   ncurses-floor FILE
 */
#define _GNU_SOURCE
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: ncurses-floor FILE\n");
        return 64;
    }
    FILE *file = fopen(argv[1], "r");
    if (!file) {
        perror(argv[1]);
        return 66;
    }
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    int y = 0;
    while (y < LINES && (length = getline(&line, &capacity, file)) >= 0) {
        if (length > 0 && line[length - 1] == '\n') line[length - 1] = '\0';
        mvaddstr(y++, 0, line);
    }
    free(line);
    fclose(file);
    int marker = 0;
    mvaddstr(marker, 0, ">");
    refresh();
    for (int key = getch(); key != 'q' && key != ERR; key = getch()) {
        if (key == 'j' && marker + 1 < LINES) {
            mvaddstr(marker, 0, " ");
            mvaddstr(++marker, 0, ">");
            refresh();
        }
    }
    endwin();
    return 0;
}
