package main

import (
	"errors"
	"github.com/debrief-dev/debrief/store"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeFolderRemovedThenQuit: the session file's folder is removed
// under a served meeting and a note is typed after. Ending the meeting
// must not say "Session saved" of a file no name reaches, with exit 0:
// the whole meeting goes to a rescue copy, named, and the exit status is 2.
func TestServeFolderRemovedThenQuit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	dir := filepath.Join(t.TempDir(), "meetings")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "served.debrief.yaml")
	state := t.TempDir()
	cmd := debriefCmd(t, "serve", "--viewers", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "hk"),
		"--title", "Folder removed", "--session", path)
	cmd.Env = append(cmd.Env, "XDG_STATE_HOME="+state)
	in, stderr := started(t, cmd)
	k := &typist{t: t, in: in}
	waitFor := func(marker string) {
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if data, _ := os.ReadFile(path); strings.Contains(string(data), marker) {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("the session file never held %q; stderr:\n%s", marker, stderr.String())
	}
	waitFor("phase_started")
	time.Sleep(300 * time.Millisecond)
	k.note("written before the folder went")
	waitFor("written before the folder went")
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	k.note("typed after the folder went")
	time.Sleep(500 * time.Millisecond)
	io.WriteString(in, "\x03") // ctrl+c: the host ends the meeting
	time.Sleep(300 * time.Millisecond)
	io.WriteString(in, "\x03") // again, should the screen ask first
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitError {
			t.Errorf("exit %v, want status 2 for a meeting its session file does not hold\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("serve did not end\n%s", stderr.String())
	}
	msg := stderr.String()
	if strings.Contains(msg, "Session saved to") {
		t.Errorf("said the session was saved to a file that is gone:\n%s", msg)
	}
	rescue := ""
	for _, line := range strings.Split(msg, "\n") {
		if r, ok := strings.CutPrefix(strings.TrimSpace(line), "resume it:  debrief resume "); ok {
			rescue = r
		}
	}
	if rescue == "" || !strings.HasPrefix(rescue, state) {
		t.Fatalf("no rescue copy in %s is named:\n%s", state, msg)
	}
	got := notesIn(t, rescue)
	if strings.Join(got, "|") != "written before the folder went|typed after the folder went" {
		t.Fatalf("the rescue copy holds %q", got)
	}
}

// TestServeKilledHostKeepsItsDraft: the host types a line and pauses,
// and the host is killed (SIGKILL, no chance to clean up). The words are
// in the drafts file beside the session, and serving the meeting again
// puts them back in the host's box: ending that meeting keeps them still.
func TestServeKilledHostKeepsItsDraft(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "served.debrief.yaml")
	hk := filepath.Join(t.TempDir(), "hk")
	cmd := debriefCmd(t, "serve", "--viewers", "--listen", "127.0.0.1:0", "--host-key", hk, "--title", "Killed host", "--session", path)
	in, stderr := started(t, cmd)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if data, _ := os.ReadFile(path); strings.Contains(string(data), "phase_started") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the meeting never started; stderr:\n%s", stderr.String())
		}
	}
	time.Sleep(300 * time.Millisecond)
	k := &typist{t: t, in: in}
	k.keys("the pool was capped ")
	k.keys("at twenty")
	time.Sleep(2500 * time.Millisecond) // a pause: the draft is kept
	cmd.Process.Kill()
	cmd.Wait()
	drafts := store.DraftsPath(path)
	kept, err := store.LoadDrafts(drafts)
	if err != nil || kept["host"] != "the pool was capped at twenty" {
		t.Fatalf("after the kill the drafts file holds %q (%v)", kept, err)
	}
	// Served again and ended at once: the words are still kept (nothing
	// cleared them), and the message says where.
	stderr = serveUntil(t, path, "session_resumed", "--resume", path)
	if kept, _ := store.LoadDrafts(drafts); kept["host"] != "the pool was capped at twenty" {
		t.Fatalf("after serving again the drafts file holds %q; stderr:\n%s", kept, stderr.String())
	}
	if !strings.Contains(stderr.String(), "kept in "+drafts) {
		t.Errorf("the end of the meeting does not say where the drafts are:\n%s", stderr.String())
	}
}
