package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// runKeys starts debrief with args, types each key with a person's pause,
// waits for it to quit and returns what it said; it fails the test when
// debrief exits with an error.
func runKeys(t *testing.T, args []string, keys ...string) string {
	t.Helper()
	errs, err := typeAndWait(t, args, keys...)
	if err != nil {
		t.Fatalf("debrief %s: %v\n%s", strings.Join(args, " "), err, errs)
	}
	return errs
}

// typeAndWait starts debrief with args, types each key with a person's
// pause, and returns its stderr and exit error once it quits; a debrief
// that does not quit within ten seconds fails the test.
func typeAndWait(t *testing.T, args []string, keys ...string) (string, error) {
	t.Helper()
	cmd := program(t, args...)
	in, stderr := started(t, cmd)
	time.Sleep(300 * time.Millisecond)
	for _, k := range keys {
		io.WriteString(in, k)
		time.Sleep(100 * time.Millisecond)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return stderr.String(), err
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("debrief %s did not quit; stderr:\n%s", strings.Join(args, " "), stderr)
	}
	return "", nil
}

// TestSetupScreenKilledKeepsWhatWasTyped: the facilitator types a title
// and a service on the setup screen and debrief is killed (kill -9, the
// terminal closed) before the meeting starts. Resume opens the setup with
// both back; the meeting started from it records them, and the kept
// setup is gone once the meeting holds it.
func TestSetupScreenKilledKeepsWhatWasTyped(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	path := filepath.Join(t.TempDir(), "killed-on-setup.debrief.yaml")
	cmd := program(t, "--session", path, "--severity", "SEV-1")
	in, _ := started(t, cmd)
	time.Sleep(300 * time.Millisecond)
	for _, k := range []string{"Pager storm after the reindex", "\t", "search-api"} {
		io.WriteString(in, k)
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(1500 * time.Millisecond) // typing paused: the setup is kept
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	errs := runKeys(t, []string{"resume", path}, "\x03") // ctrl+c on the setup again
	if !strings.Contains(errs, "the setup typed before is back") || !strings.Contains(errs, "debrief resume "+path+" opens the setup with it") {
		t.Fatalf("resume after the kill said:\n%s", errs)
	}
	runKeys(t, []string{"resume", path}, "\x0e", "\x03") // ctrl+n starts, ctrl+c quits
	events, _, err := store.Load(path)
	if err != nil || len(events) == 0 || events[0].Kind != model.SessionCreated {
		t.Fatalf("the meeting did not start: %v %v", err, events)
	}
	s := events[0].Setup
	if s.Title != "Pager storm after the reindex" || s.Service != "search-api" || s.Severity != model.SEV1 {
		t.Errorf("the meeting started with %+v, not what was typed before the kill", *s)
	}
	if _, err := os.Stat(store.SetupDraftPath(path)); !os.IsNotExist(err) {
		t.Errorf("the kept setup is still there once the meeting holds it: %v", err)
	}
}

// TestSetupScreenClosedKeepsWhatWasTyped: ctrl+c on the setup screen of a
// new meeting with a title typed keeps the session file and the title
// (resume gives it back); with nothing typed, nothing is left behind.
func TestSetupScreenClosedKeepsWhatWasTyped(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "closed.debrief.yaml")
	errs := runKeys(t, []string{"--session", path}, "Queue backlog", "\x03")
	fields, err := store.LoadSetupDraft(store.SetupDraftPath(path))
	if err != nil || fields["title"] != "Queue backlog" || !strings.Contains(errs, "kept in") {
		t.Fatalf("closed with a title typed: %q %v\n%s", fields, err, errs)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the session file resume needs is gone: %v", err)
	}
	empty := filepath.Join(dir, "empty.debrief.yaml")
	errs = runKeys(t, []string{"--session", empty, "--title", "From a flag"}, "\x03")
	if !strings.Contains(errs, "nothing was saved") {
		t.Errorf("closed with nothing typed said:\n%s", errs)
	}
	for _, p := range []string{empty, store.SetupDraftPath(empty)} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is left behind though nothing was typed: %v", p, err)
		}
	}
}

// TestSetupNotKeptIsPrinted: when a file debrief did not write holds the
// setup draft's name, that file stays as it was and what the facilitator
// typed is printed on closing, so it is not lost.
func TestSetupNotKeptIsPrinted(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "taken.debrief.yaml")
	theirs := "my own notes about the outage\n"
	if err := os.WriteFile(store.SetupDraftPath(path), []byte(theirs), 0o600); err != nil {
		t.Fatal(err)
	}
	errs := runKeys(t, []string{"--session", path}, "Queue backlog", "\x03")
	if !strings.Contains(errs, "is a file debrief did not write, and it stays as it is); here it is:") ||
		!strings.Contains(errs, "  title: Queue backlog") || strings.Contains(errs, "--force") {
		t.Errorf("closing with the setup not kept said:\n%s", errs)
	}
	if got, _ := os.ReadFile(store.SetupDraftPath(path)); string(got) != theirs {
		t.Errorf("the other file was changed: %q", got)
	}
}
