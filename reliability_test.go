package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// The reliability suite runs the real program in child processes. Its
// short form runs with every `go test ./...`; the long form, for CI's
// nightly run and before a release, is
//
//	DEBRIEF_LONG=1 go test -run Reliability -timeout 30m .
//
// (or .ci/run --long). DEBRIEF_BIN=path runs a built binary instead of this
// test binary standing in for it.
func longForm() bool { return os.Getenv("DEBRIEF_LONG") == "1" }

// program runs debrief (the built binary in DEBRIEF_BIN, or this test
// binary as debrief) with its own config and state folders.
func program(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	if bin := os.Getenv("DEBRIEF_BIN"); bin != "" {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "XDG_CONFIG_HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir())
		return cmd
	}
	cmd := debriefCmd(t, args...)
	cmd.Env = append(cmd.Env, "XDG_STATE_HOME="+t.TempDir())
	return cmd
}

// typist sends keys to a running debrief at a person's pace and remembers
// when each note was committed.
type typist struct {
	t     *testing.T
	in    io.Writer
	sent  []string
	times []time.Time
}

func (k *typist) keys(s string) {
	if _, err := io.WriteString(k.in, s); err != nil {
		k.t.Fatalf("the program stopped reading keys: %v", err)
	}
	time.Sleep(15 * time.Millisecond)
}

// note types a line and commits it with enter.
func (k *typist) note(text string) {
	// A few words at a time: a whole line in one read could be taken
	// for a paste.
	words := strings.SplitAfter(text, " ")
	for i := 0; i < len(words); i += 4 {
		k.keys(strings.Join(words[i:min(i+4, len(words))], ""))
	}
	k.keys("\r")
	k.sent = append(k.sent, text)
	k.times = append(k.times, time.Now())
}

// notesIn folds a session file and lists its notes' text in order.
func notesIn(t *testing.T, path string) []string {
	t.Helper()
	events, _, err := store.Load(path)
	if err != nil {
		t.Fatalf("the session does not load: %v", err)
	}
	st, err := model.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range st.Agenda.Phases {
		for _, id := range st.Notes(p.ID) {
			n, _ := st.Note(id)
			got = append(got, n.Text)
		}
	}
	return got
}

// TestReliabilitySIGKILLTrials kills debrief at random moments while notes
// are being typed (SIGKILL, now and then SIGTERM or SIGHUP). Every note committed a second before the kill must be
// in the session file, which must load: 3 trials in the short form, 100 in
// the long one.
func TestReliabilitySIGKILLTrials(t *testing.T) {
	trials := 3
	if longForm() {
		trials = 100
	}
	if testing.Short() {
		trials = 1
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("DEBRIEF_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (DEBRIEF_SEED=%d repeats the trials)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	committed := 0
	for trial := range trials {
		committed += killTrial(t, trial, rng)
	}
	t.Logf("%d trials, %d committed notes found after the kill", trials, committed)
}

func killTrial(t *testing.T, trial int, rng *rand.Rand) int {
	path := filepath.Join(t.TempDir(), fmt.Sprintf("kill-%d.debrief.yaml", trial))
	cmd := program(t, "--title", "Killed", "--session", path)
	in, _ := started(t, cmd)
	k := &typist{t: t, in: in}
	k.keys("\x0e") // ctrl+n: start the meeting
	notes := 2 + rng.IntN(6)
	for i := range notes {
		k.note(fmt.Sprintf("trial %d note %d", trial, i+1))
		if rng.IntN(4) == 0 {
			k.keys("\x0e") // on to the next phase now and then
		}
	}
	// Kill at a random moment from right away to well after the last note.
	time.Sleep(time.Duration(rng.IntN(1500)) * time.Millisecond)
	// Mostly SIGKILL (no chance to clean up), and now and then the signals
	// a closed terminal (SIGHUP) or a shutdown (SIGTERM) sends.
	sig := []os.Signal{os.Kill, os.Kill, syscall.SIGTERM, syscall.SIGHUP}[rng.IntN(4)]
	killed := time.Now()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("trial %d: debrief did not end on %v", trial, sig)
	}

	got := notesIn(t, path)
	for i, n := range k.sent {
		if killed.Sub(k.times[i]) > time.Second && !contains(got, n) {
			t.Fatalf("trial %d: %q was committed %v before the kill and is lost; the file holds %q",
				trial, n, killed.Sub(k.times[i]).Round(time.Millisecond), got)
		}
	}
	for i, n := range got {
		if i >= len(k.sent) || n != k.sent[i] {
			t.Fatalf("trial %d: the file holds %q, not a prefix of what was typed %q", trial, got, k.sent)
		}
	}
	return len(got)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestReliabilityDiskFullThenQuit fills the disk under a running meeting,
// types notes the session file cannot take, and quits with ctrl+c: the
// screen asks first, ctrl+c again confirms, and every note must be either
// in the session file or in a rescue copy written where there is room,
// and the message must say where. It needs a small
// tmpfs, so it runs as root on Linux and is skipped elsewhere.
func TestReliabilityDiskFullThenQuit(t *testing.T) {
	if os.Geteuid() != 0 || runtime.GOOS != "linux" {
		t.Skip("skipped: mounting a size-limited tmpfs needs root on Linux")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("skipped: cannot mount a tmpfs (%v: %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", disk).Run() })
	path := filepath.Join(disk, "full.debrief.yaml")
	state := t.TempDir()
	cmd := program(t, "--title", "Disk full", "--session", path)
	cmd.Env = append(cmd.Env, "XDG_STATE_HOME="+state)
	in, stderr := started(t, cmd)
	k := &typist{t: t, in: in}
	k.keys("\x0e")
	for i := range 3 {
		k.note(fmt.Sprintf("before the disk filled %d", i+1))
	}
	time.Sleep(300 * time.Millisecond)
	fillDisk(t, disk)
	// Some 8 KB of notes: more than the last page of the file can take.
	for i := range 40 {
		k.note(fmt.Sprintf("typed on a full disk, note %d, long enough to need room on the disk", i+1))
	}
	time.Sleep(200 * time.Millisecond)
	k.keys("\x03") // ctrl+c: the screen asks, since the disk took nothing
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Fatalf("ctrl+c quit without asking, with notes unsaved (%v)", err)
	case <-time.After(time.Second):
	}
	k.keys("\x03") // ctrl+c again: quit and write the rescue copy
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitError {
			t.Errorf("exit %v, want status 2 for a meeting not saved where it was asked", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("debrief did not quit")
	}
	msg := stderr.String()
	rescue := ""
	for _, line := range strings.Split(msg, "\n") {
		if r, ok := strings.CutPrefix(strings.TrimSpace(line), "resume it:  debrief resume "); ok {
			rescue = r
		}
	}
	if rescue == "" || !strings.HasPrefix(rescue, state) || !strings.Contains(msg, "the disk is full") {
		t.Fatalf("the message does not say the disk is full and where the rescue copy is in %s:\n%s", state, msg)
	}
	got := notesIn(t, rescue)
	if strings.Join(got, "|") != strings.Join(k.sent, "|") {
		t.Fatalf("the rescue copy holds %d notes, %d were typed:\n%q", len(got), len(k.sent), got)
	}
	// The session file itself is still a good, shorter meeting.
	if n := len(notesIn(t, path)); n < 3 || n >= len(k.sent) {
		t.Errorf("the session file holds %d notes", n)
	}
}

// fillDisk writes a file until the disk under dir is full.
func fillDisk(t *testing.T, dir string) {
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 1024)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	for {
		if _, err := f.Write(chunk[:1]); err != nil {
			return
		}
	}
}

// TestFlushAsksUntilSaved: at a terminal, a failed final save asks, and
// each enter tries again; once there is room the session file takes every
// event and nothing is left only in the rescue copy.
func TestFlushAsksUntilSaved(t *testing.T) {
	if os.Geteuid() != 0 || runtime.GOOS != "linux" {
		t.Skip("skipped: mounting a size-limited tmpfs needs root on Linux")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("skipped: cannot mount a tmpfs (%v: %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", disk).Run() })
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	defer func(n int) { flushRetries = n }(flushRetries)
	flushRetries = 1
	path := filepath.Join(disk, "s.debrief.yaml")
	f := writeSession(t, path, 1)
	defer f.Close()
	fillDisk(t, disk)
	evs := sessionEvents(60)
	var stderr bytes.Buffer
	asked := 0
	err := flush(f, evs, &stderr, func() bool {
		asked++
		if asked == 2 {
			os.Remove(filepath.Join(disk, "filler")) // someone made room
		}
		return asked < 5
	})
	if err != nil || asked != 2 {
		t.Fatalf("flush: %v after %d asks\n%s", err, asked, stderr.String())
	}
	if n := len(notesIn(t, path)); n != 60 {
		t.Fatalf("the session holds %d notes, want 60", n)
	}
	if !strings.Contains(stderr.String(), "press enter") || !strings.Contains(stderr.String(), "saved to") {
		t.Errorf("said:\n%s", stderr.String())
	}
}
