/* winsize.c: the size the full-screen view draws within, whatever size a terminal claims. */
#include <config.h>

#include "winsize.h"

struct winsize_fit
winsize_fit(long rows, long cols)
{
	struct winsize_fit f = { 0, 0, false };

	if (rows <= 0 || cols <= 0)
		return f;
	f.capped = rows > WINSIZE_MAX_ROWS || cols > WINSIZE_MAX_COLS;
	f.rows = rows > WINSIZE_MAX_ROWS ? WINSIZE_MAX_ROWS : (int)rows;
	f.cols = cols > WINSIZE_MAX_COLS ? WINSIZE_MAX_COLS : (int)cols;
	return f;
}
