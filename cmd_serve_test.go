package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// TestServeFlags checks what serve refuses before anyone can join: each
// is exit status 2 with a message naming the flag or the file and line,
// and no session file is left behind.
func TestServeFlags(t *testing.T) {
	dir := t.TempDir()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := gossh.NewPublicKey(priv.Public())
	if err != nil {
		t.Fatal(err)
	}
	key := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pub)))
	bad := filepath.Join(dir, "team.keys")
	os.WriteFile(bad, []byte("# the team\nrole=scribe "+key+" kim\nrole=boss "+key+" ana\n"), 0o600)
	good := filepath.Join(dir, "good.keys")
	os.WriteFile(good, []byte("role=scribe "+key+" kim\n"), 0o600)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	hk := filepath.Join(dir, "host_key")
	session := filepath.Join(dir, "s.debrief.yaml")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--keys", bad}, bad + ":3"},
		{[]string{"--keys", filepath.Join(dir, "none.keys")}, "none.keys"},
		{[]string{}, "--keys FILE"},
		{[]string{"--viewers", "--max-clients", "0"}, "--max-clients"},
		{[]string{"--viewers", "--idle", "-1s"}, "--idle"},
		{[]string{"--keys", good, "--role", "boss"}, "--role"},
		{[]string{"--keys", good, "--severity", "SEV-9"}, "--severity"},
		{[]string{"--keys", good, "--listen", busy.Addr().String()}, "--listen"},
		{[]string{"--keys", good, "--resume", filepath.Join(dir, "gone.debrief.yaml")}, "--session"},
		{[]string{"--keys", good, "leftover"}, "--resume"},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"serve", "--host-key", hk, "--session", session}, tc.args...)
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitError {
			t.Errorf("%v: exit %d, want %d; stderr: %s", tc.args, code, exitError, stderr.String())
		}
		if !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: stderr %q does not name %q", tc.args, stderr.String(), tc.want)
		}
		if _, err := os.Stat(session); err == nil {
			t.Fatalf("%v: a session file was left behind", tc.args)
		}
	}
}

// TestExportAuthors: the room's export signs notes with their authors,
// the published form does not unless --authors asks.
func TestExportAuthors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ag := agenda.Default()
	at := time.Date(2026, 11, 21, 15, 0, 0, 0, time.UTC)
	f.Append(model.Event{Seq: 1, At: at, Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "Checkout outage", Severity: model.SEV2}},
		model.Event{Seq: 2, At: at, Kind: model.PhaseStarted, Phase: "well"},
		model.Event{Seq: 3, At: at, Kind: model.NoteAdded, Note: 1, Phase: "well", Text: "Paging reached the right team", Author: "kimberly"})
	f.Close()
	for _, tc := range []struct {
		args   []string
		signed bool
	}{
		{[]string{"export", path}, true},
		{[]string{"export", path, "--authors=false"}, false},
		{[]string{"export", path, "--publish"}, false},
		{[]string{"export", path, "--publish", "--authors"}, true},
	} {
		var out, errs bytes.Buffer
		if code := run(tc.args, strings.NewReader(""), &out, &errs); code != exitOK {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs.String())
		}
		if got := strings.Contains(out.String(), "— *kimberly*"); got != tc.signed {
			t.Errorf("%v: signed %v, want %v", tc.args, got, tc.signed)
		}
	}
}

// TestServeImportRecordsDrafts runs debrief serve --import as a host
// would and quits: the imported rows are drafts in the session file, as
// with debrief new --import, and the session is closed.
func TestServeImportRecordsDrafts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	td, _ := filepath.Abs("importer/testdata")
	dir := t.TempDir()
	path := filepath.Join(dir, "served.debrief.yaml")
	stderr := serveUntil(t, path, "draft_added", "--title", "Checkout errors",
		"--import", filepath.Join(td, "alertmanager.json")+","+filepath.Join(td, "pagerduty.json"),
		"--import", "slack:"+filepath.Join(td, "slack", "inc-checkout"), "--session", path)
	st := sessionState(t, path)
	if st.DraftCount() != 15 || st.PendingDrafts() != 15 || !st.Closed {
		t.Fatalf("drafts %d, pending %d, closed %v; stderr:\n%s", st.DraftCount(), st.PendingDrafts(), st.Closed, stderr.String())
	}
	if !strings.Contains(stderr.String(), "imported 6 draft rows from slack:") || !strings.Contains(stderr.String(), "debrief serve --resume") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
}

// TestServeResumeANeverStartedSession: a session file whose meeting never
// started (its setup screen was closed) is started by serve --resume with
// the setup from the flags, in the same file, instead of a dead end.
func TestServeResumeANeverStartedSession(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "setup-closed.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	stderr := serveUntil(t, path, "Disk full on db-2", "--title", "Disk full on db-2", "--resume", path)
	st := sessionState(t, path)
	if st.Setup.Title != "Disk full on db-2" || !st.Closed {
		t.Fatalf("title %q, closed %v; stderr:\n%s", st.Setup.Title, st.Closed, stderr.String())
	}
	if !strings.Contains(stderr.String(), "the meeting never started; starting it now") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
}

// serveUntil runs debrief serve with args (a private listen address and
// host key are added) as a host would, waits until the session file at
// path holds marker, and ends the meeting with ctrl+c. It returns what
// serve wrote to stderr.
func serveUntil(t *testing.T, path, marker string, args ...string) *bytes.Buffer {
	t.Helper()
	dir := t.TempDir()
	cmd := debriefCmd(t, append([]string{"serve", "--viewers", "--listen", "127.0.0.1:0",
		"--host-key", filepath.Join(dir, "hk")}, args...)...)
	stdin, stderr := started(t, cmd)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if data, _ := os.ReadFile(path); strings.Contains(string(data), marker) || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	io.WriteString(stdin, "\x03") // ctrl+c: the host ends the meeting
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serve: %v; stderr:\n%s", err, stderr.String())
	}
	return stderr
}

// TestServeWithoutATerminalFails: when the host's own screen cannot run
// (stdin is /dev/null, which cannot be read as a terminal), the meeting
// ends at once; that is exit status 2 with the reason, not a success, and
// the session file it made is kept and named.
func TestServeWithoutATerminalFails(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reading keys from /dev/null fails this way on Linux (epoll refuses it)")
	}
	dir := t.TempDir()
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	saved := os.Stdin
	os.Stdin = null
	defer func() { os.Stdin = saved }()
	session := filepath.Join(dir, "s.debrief.yaml")
	var stdout, stderr bytes.Buffer
	code := run([]string{"serve", "--viewers", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key"),
		"--session", session}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "Session saved to "+session) {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	// The way to serve it again is one that works: with what let people
	// join, on the same address and host key.
	again := "debrief serve --resume " + session + " --viewers --listen 127.0.0.1:0 --host-key " + filepath.Join(dir, "host_key") + "\n"
	if !strings.Contains(stderr.String(), again) {
		t.Errorf("stderr does not say %q:\n%s", again, stderr.String())
	}
}
