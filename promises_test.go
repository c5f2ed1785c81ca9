package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// promises ties each promise in README's "What debrief promises" to the
// tests that would fail if it broke. TestREADMEPromises keeps the two in
// step: a promise reworded or a test renamed fails it.
var promises = []struct{ says, shownBy string }{
	{"loses nothing committed a moment before", "TestReliabilitySIGKILLTrials TestSIGKILLLosesNoCommittedNote"},
	{"resume carries on after the last whole event", "TestTruncatedAtEveryByte"},
	{"in `FILE.damaged-N`, and the warning says so", "TestOpenDamagedTail TestDamagedLastRecordIsNotCalledTorn"},
	{"A full disk loses nothing", "TestReliabilityDiskFullThenQuit"},
	{"saves to the session file itself once it can", "TestFlushAsksUntilSaved"},
	{"edited by another program while the meeting runs", "TestAppendRefusesWhenThePathNoLongerNamesTheFile TestReliabilityFolderRemovedThenQuit TestServeFolderRemovedThenQuit"},
	{"before it reads, repairs or rewrites anything", "TestOpenLockedReformattedIsNotRewritten"},
	{"the unsaved events are printed", "TestFlushShowsWhatNoFileTook"},
	{"a killed host loses at most a second of anyone's typing", "TestHubKeepsDraftsAcrossAKilledHost TestServeKilledHostKeepsItsDraft"},
	{"a killed or closed setup loses at most a second of it", "TestSetupScreenKilledKeepsWhatWasTyped TestSetupScreenClosedKeepsWhatWasTyped"},
	{"what was typed is printed on quit instead", "TestSetupNotKeptIsPrinted"},
	{"host's back in the note box", "TestResumeGivesTheHostsServedDraftBack TestResumeKeepsTheSessionsOwnDraft"},
	{"never writes a session file larger than it reads back", "TestAppendNeverWritesWhatLoadRefuses"},
	{"YAML aliases expand past 1 MiB", "TestAliasesCannotBlowUpTheAgenda"},
	{"not in error messages", "TestErrorsQuotingInputAreEscaped TestFlagErrorsAreEscaped FuzzCommandOutputIsInert FuzzParseLog"},
	{"not on the screen", "TestInertIsOneColumnPerReplacement TestStrip FuzzEscape"},
	{"not in the exported Markdown", "TestMarkdownIsValidGFM FuzzCommandOutputIsInert TestUnsafeTextIsEscapedInTheFile"},
	{"cannot style the screen through its severity, roles or agenda", "TestStyledFieldsAreRefused"},
	{"titles, prompts or messages", "TestAgendaTextCannotStyleTheScreen TestRulesFileDuplicateKeysAndHostileText"},
	{"anything that is not a regular file", "TestLoadRefusesWhatIsNotAFile TestLoadRulesIsBounded TestSessionInputIsBounded"},
	{"makes it owner-only", "TestOpenTightensAReadableSession TestCreateMode"},
	{"debrief's own export of the same kind, unedited", "TestExportRefusesAHandEditedExport TestSealDetectsEveryEdit TestWriteExportReplacesOnlyItsOwnUneditedExport"},
	{"an export of another kind", "TestWriteExportKeepsAnExportOfAnotherKind"},
	{"as `NAME-2.md`", "TestCtrlOExportWritesBesideAnEditedExport"},
	{"with `--force` or without", "TestExportNeverReplacesWhatDebriefDidNotWrite TestWriteExportRefusesOtherFiles"},
	{"the next export of the same file removes that", "TestKilledExportLeavesNoPartialFile TestPartialSweepTouchesOnlyItsOwn"},
	{"the link stays a link", "TestExportThroughSymlink TestWriteExportThroughSymlink TestOpenThroughSymlinkKeepsTheLink"},
}

func TestREADMEPromises(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "## What debrief promises\n")
	if !ok {
		t.Fatal(`README has no "What debrief promises" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	section = strings.Join(strings.Fields(section), " ")
	var tests strings.Builder
	files, _ := filepath.Glob("*_test.go")
	more, _ := filepath.Glob("*/*_test.go")
	for _, f := range append(files, more...) {
		b, _ := os.ReadFile(f)
		tests.Write(b)
	}
	for _, p := range promises {
		if !strings.Contains(section, p.says) {
			t.Errorf("README no longer promises %q; update promises_test.go with it", p.says)
		}
		for _, name := range strings.Fields(p.shownBy) {
			if !regexp.MustCompile(`func ` + name + `\(`).MatchString(tests.String()) {
				t.Errorf("%q is shown by %s, which does not exist", p.says, name)
			}
		}
	}
}

// TestSessionInputIsBounded: export, replay and resume refuse a device, a
// pipe or a folder as a session at once, with exit status 2.
func TestSessionInputIsBounded(t *testing.T) {
	dir := t.TempDir()
	paths := []string{dir}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	// A pipe named like a postmortem used to block export forever.
	if p := filepath.Join(dir, "pipe.md"); mkfifo(p) == nil {
		paths = append(paths, p)
	}
	for _, p := range paths {
		for _, cmd := range []string{"export", "replay", "resume"} {
			code, _, stderr := runCmd(cmd, p)
			if code != exitError || !(strings.Contains(stderr, "not a regular file") || strings.Contains(stderr, "folder")) {
				t.Errorf("%s %s: exit %d %q", cmd, p, code, stderr)
			}
		}
	}
}
