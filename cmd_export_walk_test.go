package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportRefusesMeetingThatNeverStarted exports a session file whose
// only record was torn while its first event was written: there is no
// meeting to export, so the command says so, exits 2 and writes nothing,
// as replay and resume do, instead of a postmortem of an untitled
// incident reviewed in year 1.
func TestExportRefusesMeetingThatNeverStarted(t *testing.T) {
	dir := t.TempDir()
	session := filepath.Join(dir, "torn.debrief.yaml")
	torn := "debrief: session\nversion: 1\nevents:\n- {\"seq\":1,\"at\":\"2026-11-19T09:00:00Z\",\"kind\":\"session_cre"
	if err := os.WriteFile(session, []byte(torn), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "torn.md")
	var stdout, stderr bytes.Buffer
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if code := run([]string{"export", session, "-o", out}, strings.NewReader(""), &stdout, &stderr); code != exitError {
		t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, exitError, stdout.String(), stderr.String())
	}
	if !strings.Contains(stderr.String(), "torn.debrief.yaml: the meeting never started") {
		t.Errorf("stderr does not say the meeting never started:\n%s", stderr.String())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s was written for a meeting that never started (stat: %v)", out, err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"export", session}, strings.NewReader(""), &stdout, &stderr); code != exitError || stdout.Len() > 0 {
		t.Errorf("export to stdout: exit %d, stdout %q; want exit %d and nothing printed", code, stdout.String(), exitError)
	}
}

// TestExportHelpStatesAuthorsDefaultOnce reads export --help as a new
// user would: the --authors line gives its default once, not twice in
// two different words.
func TestExportHelpStatesAuthorsDefaultOnce(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--help"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var authors string
	lines := strings.Split(stdout.String(), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "--authors" && i+1 < len(lines) {
			authors = lines[i+1]
		}
	}
	if authors == "" {
		t.Fatalf("export --help has no -authors entry:\n%s", stdout.String())
	}
	if n := strings.Count(authors, "default"); n != 1 {
		t.Errorf("the -authors help says default %d times: %q", n, authors)
	}
	if !strings.Contains(authors, "--publish") {
		t.Errorf("the -authors help no longer says what --publish changes: %q", authors)
	}
}

// TestExportRefusesOneFileForBothOutputs: -o and --actions naming the same
// file (or a link and its target) would write the postmortem and then the
// action YAML over it, saying "wrote" twice; it is refused before either
// is written, --force or not.
func TestExportRefusesOneFileForBothOutputs(t *testing.T) {
	dir := t.TempDir()
	sess := filepath.Join(dir, "s.debrief.yaml")
	writeSession(t, sess, 2).Close()
	out := filepath.Join(dir, "pm.md")
	link := filepath.Join(dir, "pm-link.md")
	for _, args := range [][]string{
		{"-o", out, "--actions", out},
		{"-o", out, "--actions", "./" + filepath.Base(out), "--force"},
	} {
		if args[3] != out {
			t.Chdir(dir)
		}
		code, _, stderr := runCmd(append([]string{"export", sess}, args...)...)
		if code != exitError || !strings.Contains(stderr, "the same file") {
			t.Errorf("export %q: exit %d, %s", args, code, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("export %q wrote %s before refusing", args, out)
		}
	}
	runCmd("export", sess, "-o", out)
	if err := os.Symlink(out, link); err != nil {
		t.Skip(err)
	}
	before := mustRead(t, out)
	if code, _, stderr := runCmd("export", sess, "-o", out, "--actions", link, "--force"); code != exitError || !strings.Contains(stderr, "the same file") {
		t.Errorf("a link to -o as --actions: exit %d, %s", code, stderr)
	}
	if mustRead(t, out) != before {
		t.Error("the postmortem was replaced")
	}
}
