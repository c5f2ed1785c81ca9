package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/store"
)

// A session file with no events yet (the terminal was closed on the setup
// screen) cannot be started again with --session, which refuses a file
// that exists, so resume opens its setup again on the same file: closed
// there again it stays, still without events; started, it holds the
// meeting.
func TestResumeASessionThatNeverStartedOpensItsSetup(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	path := filepath.Join(t.TempDir(), "closed-on-setup.debrief.yaml")
	header := "debrief: session\nversion: 1\nevents:\n"
	if err := os.WriteFile(path, []byte(header), 0o600); err != nil {
		t.Fatal(err)
	}
	resume := func(keys ...string) (string, error) {
		return typeAndWait(t, []string{"resume", path}, keys...)
	}

	errs, err := resume("\x03") // ctrl+c on the setup screen
	if err != nil || !strings.Contains(errs, "the meeting never started (the session has no events yet); opening its setup again") ||
		!strings.Contains(errs, "still has no events (debrief resume") {
		t.Fatalf("closed on setup again: %v\n%s", err, errs)
	}
	if data, _ := os.ReadFile(path); string(data) != header {
		t.Fatalf("the file changed though the meeting never started: %q", data)
	}

	errs, err = resume("Pager storm after the reindex", "\x0e", "\x03") // title, ctrl+n, ctrl+c
	if err != nil || !strings.Contains(errs, "Session saved to") {
		t.Fatalf("started: %v\n%s", err, errs)
	}
	events, _, err := store.Load(path)
	if err != nil || len(events) == 0 || events[0].Setup == nil || events[0].Setup.Title != "Pager storm after the reindex" {
		t.Fatalf("after starting, the session holds %d events (%v)", len(events), err)
	}
}

// TestResumeOfAnExportNamesTheSessionFile: `debrief resume` of an
// exported postmortem (the file people keep in git) says to resume the
// session file beside it, exit 2, rather than a YAML parser's complaint.
func TestResumeOfAnExportNamesTheSessionFile(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "pool.md")
	if err := os.WriteFile(md, []byte("## [SEV-2] payments: Pool\n\n**Date:** 2026-11-19 \\\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr strings.Builder
	code := run([]string{"resume", md}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "an exported postmortem; a meeting goes on in its session file: name the meeting's .debrief.yaml instead") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	session := filepath.Join(dir, "pool.debrief.yaml")
	if err := os.WriteFile(session, []byte("debrief: session\nversion: 1\nevents:\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	code = run([]string{"resume", md}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "resume "+session) {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "debrief replay") {
		t.Errorf("an export with no meeting record is offered to replay: %q", stderr.String())
	}
	// An export that keeps its meeting record can be played back instead.
	stderr.Reset()
	withRecord := filepath.Join("testdata", "rhymes", "2026-08-payments-pool-exhaustion.md")
	code = run([]string{"resume", withRecord}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "debrief replay "+withRecord) {
		t.Errorf("exit %d, stderr %q; want replay offered", code, stderr.String())
	}
}

// TestResumeWithoutATerminalFails: when the meeting screen of a resumed
// meeting cannot run (stdin is /dev/null, which cannot be read as a
// terminal), nothing was done in it; that is exit status 2 with the
// reason, not a success a script would take for a meeting held, and the
// session is still named.
func TestResumeWithoutATerminalFails(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reading keys from /dev/null fails this way on Linux (epoll refuses it)")
	}
	path := filepath.Join(t.TempDir(), "s.debrief.yaml")
	writeSession(t, path, 5).Close()
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	saved := os.Stdin
	os.Stdin = null
	defer func() { os.Stdin = saved }()
	var stdout, stderr strings.Builder
	code := run([]string{"resume", path}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "Session saved to") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	if n := len(notesIn(t, path)); n != 5 {
		t.Errorf("the session holds %d notes, want the 5 it had", n)
	}
}
