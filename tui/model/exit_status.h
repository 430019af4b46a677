/* exit_status.h: the program's exit statuses (sysexits.h values, so scripts can tell them apart). */
#ifndef SENDGUIDE_EXIT_STATUS_H
#define SENDGUIDE_EXIT_STATUS_H

#define EXIT_USAGE 2      /* a bad option or argument */
#define EXIT_STAFF 3      /* kiosk: staff left with their key sequence */
#define EXIT_CONTENT 65   /* EX_DATAERR: the content failed to load or check */
#define EXIT_NO_TERMINAL 66  /* EX_NOINPUT: a kiosk whose input is not a terminal */
#define EXIT_IO 74        /* EX_IOERR */

#endif
