/* speech.c: utterances to speech-dispatcher (libspeechd) from a thread of their own, and the speech log. */
#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef HAVE_SPEECHD
#include <libspeechd.h>
#endif

#include "lang.h"
#include "speech.h"
#include "xalloc.h"

/* speech-dispatcher's rate and volume run from -100 to 100. */
#define SPEECH_STEP 20
#define SPEECH_LIMIT 100
/* How long the end of the guide waits for the speech thread to let go. */
#define SPEECH_END_WAIT_MS 300

struct utterance {
	char *ssml;
	char lang[8];
};

struct utterances {
	struct utterance *v;
	size_t n, cap;
};

struct speech {
	FILE *log;
	/* The view's side: what the next send says, and the last send. */
	struct utterances pending, last;
	bool service;
	/* Shared with the speech thread, under mu. */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t thread;
	bool thread_started;
	struct utterances queue;     /* sent, not yet given to the service */
	bool cancel;                 /* stop what is being said first */
	int rate, volume;            /* steps from the service's own */
	bool settings_changed;
	bool quit, done;
	char *trouble;               /* why the service is unusable */
	bool trouble_told;
};

static void
utterances_add(struct utterances *u, const char *ssml, const char *lang)
{
	if (u->n == u->cap) {
		u->cap = u->cap ? u->cap * 2 : 8;
		u->v = xreallocarray(u->v, u->cap, sizeof *u->v);
	}
	u->v[u->n].ssml = xstrdup(ssml);
	snprintf(u->v[u->n].lang, sizeof u->v[u->n].lang, "%s", lang);
	u->n++;
}

static void
utterances_clear(struct utterances *u)
{
	size_t i;

	for (i = 0; i < u->n; i++) {
		/* What a visitor heard is not kept in memory either. */
		memset(u->v[i].ssml, 0, strlen(u->v[i].ssml));
		free(u->v[i].ssml);
	}
	u->n = 0;
}

static void
utterances_free(struct utterances *u)
{
	utterances_clear(u);
	free(u->v);
	u->v = NULL;
	u->cap = 0;
}

/* Called with mu held: the service failed; say why, once. */
static void
speech_failed(struct speech *sp, const char *why)
{
	if (sp->trouble == NULL)
		sp->trouble = xstrdup(why);
}

#ifdef HAVE_SPEECHD
static int
speech_clamp(int v)
{
	return v > SPEECH_LIMIT ? SPEECH_LIMIT : v < -SPEECH_LIMIT ? -SPEECH_LIMIT : v;
}

/* The speech thread: the only caller of libspeechd, whose calls can block
   for as long as the service takes to answer (for ever, if it is stopped).
   The view hands it work under mu and never waits for it. */
static void *
speech_thread(void *arg)
{
	struct speech *sp = arg;
	SPDConnection *c;
	char *err = NULL;
	char lang[8] = "";
	const char *address = getenv("SPEECHD_ADDRESS");
	int base_rate = 0, base_volume = 0;

	/* A desktop session starts its service on demand; a given address
	   (a kiosk's, a test's) names one that must already be running. */
	c = spd_open2("sendguide", "main", NULL, SPD_MODE_SINGLE, NULL,
		      address == NULL || *address == '\0', &err);
	pthread_mutex_lock(&sp->mu);
	if (c == NULL || spd_set_data_mode(c, SPD_DATA_SSML) != 0) {
		speech_failed(sp, err != NULL ? err : "speech-dispatcher did not answer");
		goto out;
	}
	/* Slower, louder: steps from what the service was set up with. */
	pthread_mutex_unlock(&sp->mu);
	base_rate = spd_get_voice_rate(c);
	base_volume = spd_get_volume(c);
	pthread_mutex_lock(&sp->mu);
	for (;;) {
		struct utterances work = { 0 };
		bool cancel, settings;
		int rate, volume, bad = 0;
		size_t i;

		while (!sp->quit && !sp->cancel && sp->queue.n == 0 && !sp->settings_changed)
			pthread_cond_wait(&sp->cv, &sp->mu);
		if (sp->quit)
			break;
		cancel = sp->cancel;
		sp->cancel = false;
		settings = sp->settings_changed;
		sp->settings_changed = false;
		rate = sp->rate;
		volume = sp->volume;
		work = sp->queue;
		memset(&sp->queue, 0, sizeof sp->queue);
		pthread_mutex_unlock(&sp->mu);

		if (cancel && spd_cancel(c) != 0)
			bad = 1;
		if (!bad && settings && (spd_set_voice_rate(c, speech_clamp(base_rate + rate * SPEECH_STEP)) != 0
					 || spd_set_volume(c, speech_clamp(base_volume + volume * SPEECH_STEP)) != 0))
			bad = 1;
		for (i = 0; !bad && i < work.n; i++) {
			pthread_mutex_lock(&sp->mu);
			/* A cancel that came meanwhile drops the rest. */
			if (sp->cancel || sp->quit) {
				pthread_mutex_unlock(&sp->mu);
				break;
			}
			pthread_mutex_unlock(&sp->mu);
			if (strcmp(lang, work.v[i].lang) != 0) {
				if (spd_set_language(c, work.v[i].lang) != 0)
					bad = 1;
				snprintf(lang, sizeof lang, "%s", work.v[i].lang);
			}
			if (!bad && spd_say(c, SPD_MESSAGE, work.v[i].ssml) < 0)
				bad = 1;
		}
		utterances_free(&work);
		pthread_mutex_lock(&sp->mu);
		if (bad) {
			speech_failed(sp, "speech-dispatcher stopped answering");
			break;
		}
	}
out:
	sp->done = true;
	pthread_cond_broadcast(&sp->cv);
	pthread_mutex_unlock(&sp->mu);
	free(err);
	if (c != NULL)
		spd_close(c);
	return NULL;
}
#endif

struct speech *
speech_start(bool service, const char *log_path, const char **err)
{
	struct speech *sp;

	*err = NULL;
	if (!service && log_path == NULL)
		return NULL;
	sp = xcalloc(1, sizeof *sp);
	pthread_mutex_init(&sp->mu, NULL);
	pthread_cond_init(&sp->cv, NULL);
	if (log_path != NULL) {
		sp->log = fopen(log_path, "a");
		if (sp->log == NULL) {
			*err = strerror(errno);
			speech_end(sp, NULL);
			return NULL;
		}
	}
	sp->service = service;
	if (!service)
		return sp;
#ifdef HAVE_SPEECHD
	{
		sigset_t all, old;

		/* The thread takes none of the guide's signals, and a write to a
		   service that died is an error it sees, not a SIGPIPE. */
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		sp->thread_started = pthread_create(&sp->thread, NULL, speech_thread, sp) == 0;
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		if (!sp->thread_started)
			speech_failed(sp, strerror(errno));
	}
#else
	speech_failed(sp, "this sendguide was built without speech-dispatcher");
#endif
	return sp;
}

void
speech_end(struct speech *sp, void (*tell)(const char *why))
{
	bool done = true;

	if (sp == NULL)
		return;
	if (sp->thread_started) {
		struct timespec until;

		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += SPEECH_END_WAIT_MS * 1000000L;
		until.tv_sec += until.tv_nsec / 1000000000L;
		until.tv_nsec %= 1000000000L;
		pthread_mutex_lock(&sp->mu);
		sp->quit = true;
		pthread_cond_broadcast(&sp->cv);
		while (!sp->done)
			if (pthread_cond_timedwait(&sp->cv, &sp->mu, &until) == ETIMEDOUT)
				break;
		done = sp->done;
		pthread_mutex_unlock(&sp->mu);
		if (done) {
			pthread_join(sp->thread, NULL);
		} else {
			/* Stuck in a call to a service that does not answer: the
			   guide does not wait for it; the thread ends with it. */
			pthread_detach(sp->thread);
			if (tell != NULL)
				tell("speech-dispatcher did not answer");
			return;
		}
	}
	if (tell != NULL && speech_trouble(sp) != NULL)
		tell(sp->trouble);
	if (sp->log != NULL)
		fclose(sp->log);
	utterances_free(&sp->pending);
	utterances_free(&sp->last);
	utterances_free(&sp->queue);
	free(sp->trouble);
	pthread_cond_destroy(&sp->cv);
	pthread_mutex_destroy(&sp->mu);
	free(sp);
}

void
speech_add(struct speech *sp, const char *ssml)
{
	if (sp == NULL || ssml == NULL || *ssml == '\0')
		return;
	utterances_add(&sp->pending, ssml, lang_current());
}

/* Hand utterances to the speech thread, the first stopping what is said. */
static void
speech_give(struct speech *sp, const struct utterances *u)
{
	size_t i;

	for (i = 0; i < u->n && sp->log != NULL; i++)
		fprintf(sp->log, "%s\n", u->v[i].ssml);
	if (sp->log != NULL)
		fflush(sp->log);
	if (!sp->thread_started)
		return;
	pthread_mutex_lock(&sp->mu);
	if (!sp->done) {
		utterances_clear(&sp->queue);
		sp->cancel = true;
		for (i = 0; i < u->n; i++)
			utterances_add(&sp->queue, u->v[i].ssml, u->v[i].lang);
		pthread_cond_signal(&sp->cv);
	}
	pthread_mutex_unlock(&sp->mu);
}

void
speech_send(struct speech *sp)
{
	struct utterances t;

	if (sp == NULL || sp->pending.n == 0)
		return;
	speech_give(sp, &sp->pending);
	utterances_clear(&sp->last);
	t = sp->last;
	sp->last = sp->pending;
	sp->pending = t;
}

void
speech_cancel(struct speech *sp)
{
	if (sp == NULL)
		return;
	utterances_clear(&sp->pending);
	if (!sp->thread_started)
		return;
	pthread_mutex_lock(&sp->mu);
	utterances_clear(&sp->queue);
	sp->cancel = true;
	pthread_cond_signal(&sp->cv);
	pthread_mutex_unlock(&sp->mu);
}

void
speech_repeat(struct speech *sp)
{
	if (sp == NULL)
		return;
	utterances_clear(&sp->pending);
	speech_give(sp, &sp->last);
}

void
speech_forget(struct speech *sp)
{
	if (sp == NULL)
		return;
	speech_cancel(sp);
	utterances_clear(&sp->last);
	/* The next visitor hears the service's own rate and volume. */
	pthread_mutex_lock(&sp->mu);
	if (sp->rate != 0 || sp->volume != 0) {
		sp->rate = sp->volume = 0;
		sp->settings_changed = true;
		pthread_cond_signal(&sp->cv);
	}
	pthread_mutex_unlock(&sp->mu);
}

static void
speech_setting(struct speech *sp, int *value, int step)
{
	/* No further than from one end of the scale to the other. */
	int limit = 2 * SPEECH_LIMIT / SPEECH_STEP;

	*value += step;
	if (*value > limit)
		*value = limit;
	if (*value < -limit)
		*value = -limit;
	sp->settings_changed = true;
	pthread_cond_signal(&sp->cv);
}

void
speech_rate(struct speech *sp, int step)
{
	if (sp == NULL)
		return;
	pthread_mutex_lock(&sp->mu);
	speech_setting(sp, &sp->rate, step);
	pthread_mutex_unlock(&sp->mu);
}

void
speech_volume(struct speech *sp, int step)
{
	if (sp == NULL)
		return;
	pthread_mutex_lock(&sp->mu);
	speech_setting(sp, &sp->volume, step);
	pthread_mutex_unlock(&sp->mu);
}

const char *
speech_trouble(struct speech *sp)
{
	const char *t = NULL;

	if (sp == NULL || !sp->service)
		return NULL;
	pthread_mutex_lock(&sp->mu);
	if (sp->trouble != NULL && !sp->trouble_told) {
		sp->trouble_told = true;
		t = sp->trouble;
	}
	pthread_mutex_unlock(&sp->mu);
	return t;
}
