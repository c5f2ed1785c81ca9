package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// TestCommandExitCodes runs every command through run() the way a shell
// would, and checks the exit status and where the words went: help on
// stdout with 0, mistakes on stderr with 2.
func TestCommandExitCodes(t *testing.T) {
	dir := t.TempDir()
	notSession := filepath.Join(dir, "notes.yaml")
	if err := os.WriteFile(notSession, []byte("title: our own notes\nitems: [a, b]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	notYAML := filepath.Join(dir, "readme.yaml")
	if err := os.WriteFile(notYAML, []byte("# Our runbook\n\nStep 1: page the on-call: then wait.\n- a: b\nc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A postmortem written by hand: no meeting record to play back.
	byHand := filepath.Join(dir, "by-hand.md")
	if err := os.WriteFile(byHand, []byte("# DNS failures\n\nResolvers returned SERVFAIL for 18 minutes.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.debrief.yaml")
	missingDir := filepath.Join(dir, "no-such-archive")
	cases := []struct {
		args       []string
		stdin      string
		code       int
		stdoutHas  string
		stderrHas  string
		quietOnErr bool // nothing on stderr
	}{
		{args: []string{"--help"}, code: exitOK, stdoutHas: "Usage:", quietOnErr: true},
		{args: []string{"-h"}, code: exitOK, stdoutHas: "debrief lint", quietOnErr: true},
		{args: []string{"help"}, code: exitOK, stdoutHas: "Usage:", quietOnErr: true},
		{args: []string{"help", "--help"}, code: exitOK, stdoutHas: "Usage:", quietOnErr: true},
		{args: []string{"help"}, code: exitOK, stdoutHas: "--window FROM/TO", quietOnErr: true},
		{args: []string{"help"}, code: exitOK, stdoutHas: "[--format text|json] [--dir DIR]", quietOnErr: true},
		{args: []string{"new", "--help"}, code: exitOK, stdoutHas: "--attendees", quietOnErr: true},
		{args: []string{"help", "lint"}, code: exitOK, stdoutHas: "usage: debrief lint", quietOnErr: true},
		{args: []string{"help", "export"}, code: exitOK, stdoutHas: "usage: debrief export", quietOnErr: true},
		{args: []string{"help", "export"}, code: exitOK, stdoutHas: "(the default, except with --publish)\n", quietOnErr: true},
		{args: []string{"help", "replay"}, code: exitOK, stdoutHas: "-speed", quietOnErr: true},
		{args: []string{"help", "resume"}, code: exitOK, stdoutHas: "usage: debrief resume", quietOnErr: true},
		{args: []string{"help", "agenda"}, code: exitOK, stdoutHas: "usage: debrief agenda", quietOnErr: true},
		{args: []string{"help", "version"}, code: exitOK, stdoutHas: "usage: debrief version", quietOnErr: true},
		{args: []string{"help", "frobnicate"}, code: exitError, stderrHas: `no help for "frobnicate"`},
		{args: []string{"help", "lint", "export"}, code: exitError, stderrHas: "one command"},
		{args: []string{"export", "--help"}, code: exitOK, stdoutHas: "--force", quietOnErr: true},
		{args: []string{"export", missing, "-h"}, code: exitOK, stdoutHas: "usage: debrief export", quietOnErr: true},
		{args: []string{"lint", "--help"}, code: exitOK, stdoutHas: "usage: debrief lint", quietOnErr: true},
		{args: []string{"replay", "--help"}, code: exitOK, stdoutHas: "usage: debrief replay", quietOnErr: true},
		{args: []string{"resume", "-h"}, code: exitOK, stdoutHas: "usage: debrief resume", quietOnErr: true},
		{args: []string{"agenda", "--help"}, code: exitOK, stdoutHas: "usage: debrief agenda", quietOnErr: true},
		{args: []string{"--version"}, code: exitOK, stdoutHas: "debrief ", quietOnErr: true},
		{args: []string{"version"}, code: exitOK, stdoutHas: "debrief ", quietOnErr: true},
		{args: []string{"frobnicate"}, code: exitError, stderrHas: `unknown command "frobnicate"`},
		{args: []string{"--no-such-flag"}, code: exitError, stderrHas: "no-such-flag"},
		{args: []string{"export"}, code: exitError, stderrHas: "usage: debrief export"},
		{args: []string{"export", missing}, code: exitError, stderrHas: "missing.debrief.yaml"},
		{args: []string{"export", "a", "b"}, code: exitError, stderrHas: "usage: debrief export"},
		{args: []string{"replay", missing}, code: exitError, stderrHas: "missing.debrief.yaml"},
		{args: []string{"replay", missing, "--speed", "0"}, code: exitError, stderrHas: "--speed"},
		{args: []string{"resume"}, code: exitError, stderrHas: "usage: debrief resume"},
		{args: []string{"resume", missing}, code: exitError, stderrHas: "missing.debrief.yaml"},
		{args: []string{"export", notSession}, code: exitError, stderrHas: "notes.yaml"},
		{args: []string{"replay", notYAML}, code: exitError, stderrHas: "readme.yaml: not a debrief session file"},
		{args: []string{"export", notYAML}, code: exitError, stderrHas: "readme.yaml: not a debrief session file"},
		{args: []string{"agenda"}, code: exitOK, stdoutHas: "phases:", quietOnErr: true},
		{args: []string{"agenda", "extra"}, code: exitError, stderrHas: "extra"},
		{args: []string{"lint"}, stdin: "Bob acknowledged the page at 09:19.\n", code: exitOK, quietOnErr: true},
		{args: []string{"lint"}, stdin: "It was human error.\n", code: exitFindings, stdoutHas: "uman error"},
		{args: []string{"lint", missing}, code: exitError, stderrHas: "missing.debrief.yaml"},
		{args: []string{"lint", "--format", "yaml"}, code: exitError, stderrHas: "format"},
		{args: []string{"new", "--severity", "SEV-9"}, code: exitError, stderrHas: "--severity"},
		{args: []string{"new", "--date", "19/11/2026"}, code: exitError, stderrHas: "--date"},
		{args: []string{"new", "leftover"}, code: exitError, stderrHas: "debrief resume"},
		{args: []string{"help", "serve"}, code: exitOK, stdoutHas: "-viewers", quietOnErr: true},
		{args: []string{"serve", "--help"}, code: exitOK, stdoutHas: "usage: debrief serve", quietOnErr: true},
		{args: []string{"serve", "--max-clients", "0", "--viewers"}, code: exitError, stderrHas: "--max-clients"},
		{args: []string{"help", "follow"}, code: exitOK, stdoutHas: "usage: debrief follow", quietOnErr: true},
		{args: []string{"follow"}, code: exitError, stderrHas: "usage: debrief follow"},
		{args: []string{"follow", missing}, code: exitError, stderrHas: "missing.debrief.yaml"},
		{args: []string{"follow", filepath.Join(dir, "pm.md")}, code: exitError, stderrHas: "an exported postmortem, which no meeting writes to; follow the .debrief.yaml a meeting is writing, or play this one back with debrief replay"},
		{args: []string{"follow", byHand}, code: exitError, stderrHas: "by-hand.md: a Markdown file with no debrief meeting record, not a session file; follow the .debrief.yaml a meeting is writing\n"},
		{args: []string{"replay", byHand}, code: exitError, stderrHas: "by-hand.md: no debrief meeting record found (written by hand, or exported with --publish"},
		{args: []string{"actions", "--help"}, code: exitOK, stdoutHas: "debrief actions [DIR] [--owner X]", quietOnErr: true},
		{args: []string{"help", "actions"}, code: exitOK, stdoutHas: "-overdue", quietOnErr: true},
		{args: []string{"actions", missingDir}, code: exitError, stderrHas: "no-such-archive"},
		{args: []string{"actions", "done", missing}, code: exitError, stderrHas: "usage: debrief actions done FILE ID"},
		{args: []string{"tickets", "--help"}, code: exitOK, stdoutHas: "usage: debrief tickets", quietOnErr: true},
		{args: []string{"tickets"}, code: exitError, stderrHas: "usage: debrief tickets"},
		{args: []string{"archive", "--help"}, code: exitOK, stdoutHas: "usage: debrief archive", quietOnErr: true},
		{args: []string{"archive", missingDir}, code: exitError, stderrHas: "no-such-archive"},
		{args: []string{"archive", "--help"}, code: exitOK, stdoutHas: "Indexes every debrief export and session file under each DIR", quietOnErr: true},
		{args: []string{"agenda", "--help"}, code: exitOK, stdoutHas: "debrief --agenda our-agenda.yaml     runs a meeting on it", quietOnErr: true},
		{args: []string{"search", "--help"}, code: exitOK, stdoutHas: "usage: debrief search", quietOnErr: true},
		{args: []string{"search", "--help"}, code: exitOK, stdoutHas: "Exit status: 0\nresults, 1 nothing matches, 2 error.", quietOnErr: true},
		{args: []string{"search", "--dir", dir}, code: exitError, stderrHas: "usage: debrief search"},
		{args: []string{"stats", "--help"}, code: exitOK, stdoutHas: "usage: debrief stats", quietOnErr: true},
		{args: []string{"stats", dir, "--format", "xml"}, code: exitError, stderrHas: `--format "xml"`},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			t.Setenv("XDG_CONFIG_HOME", t.TempDir())
			code := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr)
			if code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, stdout.String(), stderr.String())
			}
			if c.stdoutHas != "" && !strings.Contains(stdout.String(), c.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%s", c.stdoutHas, stdout.String())
			}
			if c.stderrHas != "" && !strings.Contains(stderr.String(), c.stderrHas) {
				t.Errorf("stderr lacks %q:\n%s", c.stderrHas, stderr.String())
			}
			if c.quietOnErr && stderr.Len() > 0 {
				t.Errorf("stderr should be empty, has:\n%s", stderr.String())
			}
		})
	}
}

// TestExportPublish exports the same session in both forms through the
// command line: the full form carries the record, --publish does not.
func TestExportPublish(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 2, 18, 14, 0, 0, 0, time.UTC)
	setup := model.Setup{Title: "Pool exhaustion", Severity: model.SEV2,
		Attendees: []model.Attendee{{Name: "Mary", Role: model.RoleParticipant}}}
	ag := agenda.Default()
	evs := []model.Event{
		{Seq: 1, At: at, Kind: model.SessionCreated, Setup: &setup, Agenda: &ag},
		{Seq: 2, At: at, Kind: model.PhaseStarted, Phase: ag.Phases[0].ID},
		{Seq: 3, At: at, Kind: model.NoteAdded, Phase: ag.Phases[0].ID, Note: 1, Text: "Mary didn't check the pool settings."},
		{Seq: 4, At: at, Kind: model.NoteEdited, Note: 1, Text: "The checklist has no step for the pool settings."},
	}
	if err := f.Append(evs...); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, publish := range []bool{false, true} {
		args := []string{"export", path}
		if publish {
			args = append(args, "--publish")
		}
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(""), &out, &errb); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		if has := strings.Contains(out.String(), "Mary didn't check"); has == publish {
			t.Errorf("%v: the typed wording is there: %v", args, has)
		}
		// Either form of debrief's own export lints clean: the rewritten
		// note is blameless and the record is not prose.
		var lout, lerr bytes.Buffer
		if code := run([]string{"lint", "--names", "Mary"}, strings.NewReader(out.String()), &lout, &lerr); code != exitOK {
			t.Errorf("%v then lint: exit %d\n%s%s", args, code, lout.String(), lerr.String())
		}
	}
}

// TestUsageKeysAgreeWithREADME: the usage's last line tells a new user
// how to see every key the way README does (`?`, or `f1` while the box
// holds text), not "esc then ?", which the meeting does not need.
func TestUsageKeysAgreeWithREADME(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "`?` (or `f1` while the box holds text") {
		t.Fatal("README no longer says how to open every key; update this test with it")
	}
	code, out, _ := runArgs("--help")
	if code != exitOK || !strings.Contains(out, "the help line shows the rest (? or f1 for all).") {
		t.Errorf("exit %d, usage ends %q", code, out[strings.LastIndex(out, "Keys in the meeting"):])
	}
}

// TestHelpNamesWhatEachFlagTakes: every command's --help names what a
// flag takes as README does (--listen ADDR, --severity X, --speed N), not
// by its Go type ("--listen string", "--import value").
func TestHelpNamesWhatEachFlagTakes(t *testing.T) {
	goType := regexp.MustCompile(`(?m)^\s+--?[a-z-]+ (string|value|int|float|duration|uint)$`)
	for _, cmd := range []string{"serve", "search", "stats", "tickets", "replay", "actions", "export", "resume", "follow", "lint"} {
		code, out, errs := runArgs(cmd, "--help")
		if code != exitOK {
			t.Fatalf("%s --help: exit %d, %s", cmd, code, errs)
		}
		if m := goType.FindAllString(out, -1); len(m) > 0 {
			t.Errorf("%s --help names flags by their Go type: %q", cmd, m)
		}
	}
}
