/* winsize.h: the size the full-screen view draws within, whatever size a terminal claims. */
#ifndef SENDGUIDE_WINSIZE_H
#define SENDGUIDE_WINSIZE_H

#include <stdbool.h>

/*
 * Over SSH the client chooses the window size (stty rows 3000 cols 3000),
 * and ncurses keeps three screens of that many cells: 742 MB for one
 * visitor at 3000x3000. The guide draws within at most WINSIZE_MAX_COLS
 * columns and WINSIZE_MAX_ROWS rows, at the top left of a larger window,
 * and says so on screen. No text is wider than a reader can follow long
 * before 500 columns, nor a useful page taller than 200 rows.
 */
#define WINSIZE_MAX_COLS 500
#define WINSIZE_MAX_ROWS 200

struct winsize_fit {
	int rows, cols;      /* what the view draws within; 0 when unknown */
	bool capped;         /* the terminal claims more than that */
};

/* The size to draw within for a terminal that claims rows x cols (any
   values, as a terminal or the environment reports them; 0 or less is
   "unknown" and gives rows = cols = 0). */
struct winsize_fit winsize_fit(long rows, long cols);

#endif
