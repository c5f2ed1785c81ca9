package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/textsafe"
)

func newFlagSet(name string, stderr io.Writer, use string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(escaping{stderr})
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: debrief %s\n", use)
		cliargs.PrintDefaults(fs)
	}
	return fs
}

// fail prints an error the way every debrief command does and returns 2.
// Errors quote files that may be someone else's, so whatever a terminal
// would act on is shown escaped, whichever package worded the message.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "debrief: %s\n", textsafe.EscapeLines(err.Error()))
	return exitError
}

// oneFile parses flags around exactly one FILE argument, printing the usage
// when there is not exactly one.
func oneFile(fs *flag.FlagSet, args []string) (string, bool) {
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return "", false
	}
	if len(pos) != 1 {
		fs.Usage()
		return "", false
	}
	return pos[0], true
}

// warn prints what a load dropped or repaired, so nothing goes unnoticed.
func warn(stderr io.Writer, warnings []string) {
	for _, w := range warnings {
		fmt.Fprintf(stderr, "debrief: warning: %s\n", textsafe.EscapeLines(w))
	}
}

// escaping writes what the flag package prints (it quotes a mistyped flag
// as given) with anything a terminal would act on escaped.
type escaping struct{ w io.Writer }

func (e escaping) Write(p []byte) (int, error) {
	if _, err := io.WriteString(e.w, textsafe.EscapeLines(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// rulesFlag adds --rules, a team's phrasing rules file, to a command.
func rulesFlag(fs *flag.FlagSet) *string {
	return pathFlag(fs, "rules", "a team's phrasing rules `FILE` (YAML), on top of the defaults")
}

// fileWithRules parses "CMD FILE [--rules FILE]" and loads the rules,
// printing what is wrong; ok is false when the command should exit 2.
func fileWithRules(fs *flag.FlagSet, args []string, stderr io.Writer) (file string, rules *phrasing.Rules, ok bool) {
	rulesFile := rulesFlag(fs)
	file, ok = oneFile(fs, args)
	if !ok {
		return "", nil, false
	}
	rules, err := loadRules(*rulesFile)
	if err != nil {
		fail(stderr, err)
		return "", nil, false
	}
	return file, rules, true
}

// pathValue is a flag naming a file or folder. An empty name is refused
// rather than read as the default: -o "$OUT" with OUT unset would
// otherwise print the postmortem to the terminal, or --rules "$RULES"
// run without the team's rules, and say nothing.
type pathValue struct{ p *string }

func (v pathValue) String() string {
	if v.p == nil {
		return ""
	}
	return *v.p
}

func (v pathValue) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("an empty name; give a file (is a shell variable unset?)")
	}
	*v.p = s
	return nil
}

// pathFlag defines a flag naming a file, which may not be given empty.
// The usage should name its argument in backquotes (`FILE`), which the
// flag list then shows.
func pathFlag(fs *flag.FlagSet, name, usage string) *string {
	p := new(string)
	fs.Var(pathValue{p}, name, usage)
	return p
}

// screenError words a failure to start a screen (the meeting, replay,
// follow, the search picker) for someone who ran it where there is no
// terminal: a pipe, a CI job, input from a file. The screen library's
// own words ("could not create cancelable reader", "error opening TTY")
// are kept after, for a bug report.
func screenError(err error, stdinTTY, stdoutTTY bool) error {
	var not []string
	if !stdinTTY {
		not = append(not, "input")
	}
	if !stdoutTTY {
		not = append(not, "output")
	}
	if len(not) == 0 || err == nil {
		return err
	}
	said := "its " + not[0] + " is not one"
	if len(not) == 2 {
		said = "neither its input nor its output is one"
	}
	return fmt.Errorf("this screen needs a terminal, and %s (%v)", said, err)
}

// screenErr is screenError for this process's stdin and stdout.
func screenErr(err error) error {
	return screenError(err, term.IsTerminal(os.Stdin.Fd()), term.IsTerminal(os.Stdout.Fd()))
}

// markdownName reports whether path is named as an exported postmortem.
func markdownName(path string) bool {
	lower := strings.ToLower(path)
	return strings.HasSuffix(lower, ".md") || strings.HasSuffix(lower, ".markdown")
}

// sessionBeside is the session file an export usually sits beside
// (NAME.debrief.yaml for NAME.md), or "" when there is none.
func sessionBeside(export string) string {
	if sp := strings.TrimSuffix(export, filepath.Ext(export)) + ".debrief.yaml"; regularFile(sp) {
		return sp
	}
	return ""
}
