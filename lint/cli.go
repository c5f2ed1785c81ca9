package lint

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/phrasing"
)

// Exit statuses, as documented for `debrief lint`.
const (
	ExitClean    = 0
	ExitFindings = 1
	ExitError    = 2
)

// StdinName is how findings in text read from stdin name their file.
const StdinName = "<stdin>"

// MaxRulesSize is the largest rules file read: a team's file is a few KB.
const MaxRulesSize = 1 << 20

const usage = `usage: debrief lint [--names A,B] [--rules FILE] [--format text|json|github|sarif]
                    [--fail-on warning|suggestion] [--all-rules] [FILE...]

Checks postmortem notes for blameful phrasing. Reads stdin when no FILE is
given (or FILE is -); a FILE must be a regular file (pipe anything else in).
Code, URLs, HTML and front matter are not checked, nor text switched off
with <!-- debrief-disable [rule...] --> ... <!-- debrief-enable -->,
<!-- debrief-disable-line [rule...] --> or <!-- debrief-disable-next-line -->.
The rules are debrief's defaults, then the user's file (%s) when it
exists, then --rules. Exit status: 0 clean, 1 findings at or above
--fail-on, 2 error.

These rules run in the meeting; here they run only with --all-rules or
when a rules file enables them (on written postmortems they were right
at most half the time):
%s
`

// Main runs `debrief lint` with args (not including "lint") and returns
// the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("debrief lint", flag.ContinueOnError)
	fl.SetOutput(stderr)
	names := fl.String("names", "", "attendee names `A,B`, comma-separated, recognised as people")
	rulesFile := fl.String("rules", "", "a team rules `FILE` laid on top of the defaults")
	format := fl.String("format", "text", "output `format`: text, json, github (workflow annotations) or sarif")
	failOn := fl.String("fail-on", "suggestion", "the least `severity` that makes the exit status 1: warning or suggestion")
	allRules := fl.Bool("all-rules", false, "also run the rules kept to the meeting")
	fl.Usage = func() {
		fmt.Fprintf(stderr, usage, Escape(phrasing.UserRulesPath()),
			wrapWords(phrasing.DefaultRules().MeetingOnly(), "  ", 72))
		cliargs.PrintDefaults(fl)
	}
	files, err := cliargs.Parse(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if !validFormat(*format) {
		fmt.Fprintf(stderr, "debrief lint: --format %q: want text, json, github or sarif\n", Escape(*format))
		return ExitError
	}
	if *failOn != string(phrasing.Warning) && *failOn != string(phrasing.Suggestion) {
		fmt.Fprintf(stderr, "debrief lint: --fail-on %q: want warning or suggestion\n", Escape(*failOn))
		return ExitError
	}
	emptyRules := false
	fl.Visit(func(f *flag.Flag) {
		emptyRules = emptyRules || f.Name == "rules" && strings.TrimSpace(*rulesFile) == ""
	})
	if emptyRules {
		// --rules "$RULES" with RULES unset would lint without the
		// team's rules and say nothing.
		fmt.Fprintf(stderr, "debrief lint: --rules %q: an empty name; give a file (is a shell variable unset?)\n", *rulesFile)
		return ExitError
	}
	rules, err := loadRules(*rulesFile)
	if err != nil {
		fmt.Fprintf(stderr, "debrief lint: %s\n", Escape(err.Error()))
		return ExitError
	}
	// A switch in a document may name any rule, including one left out here.
	known := knownIDs(rules)
	if !*allRules {
		rules = rules.ForDocuments()
	}
	l := New(phrasing.NewChecker(rules, splitNames(*names)))
	l.Known = known
	l.Warn = func(file string, line int, msg string) {
		fmt.Fprintf(stderr, "debrief lint: warning: %s:%d: %s\n", Escape(file), line, Escape(msg))
	}
	if *format == "github" {
		// In a workflow a line on stderr is read by no one; an
		// annotation shows the misspelt switch on the pull request,
		// beside the findings it failed to switch off.
		l.Warn = func(file string, line int, msg string) { fmt.Fprint(stderr, githubSwitchWarning(file, line, msg)) }
	}
	out := NewWriter(*format, stdout, rules)

	if len(files) == 0 {
		files = []string{"-"}
	}
	status, failing := ExitClean, false
	emit := func(r Result) error {
		if r.Severity == phrasing.Warning || *failOn == string(phrasing.Suggestion) {
			failing = true
		}
		return out.Write(r)
	}
	for _, name := range files {
		if err := lintFile(l, name, stdin, emit); err != nil {
			var we writeError
			if errors.As(err, &we) {
				fmt.Fprintf(stderr, "debrief lint: writing output: %s\n", Escape(we.err.Error()))
				return ExitError
			}
			if *format == "github" {
				fmt.Fprint(stderr, githubFileError(fileName(name), err.Error()))
			} else {
				fmt.Fprintf(stderr, "debrief lint: %s\n", Escape(err.Error()))
			}
			if fr, ok := out.(failRecorder); ok {
				fr.Fail(fileName(name), err.Error())
			}
			status = ExitError
		}
	}
	if err := out.Close(); err != nil {
		fmt.Fprintf(stderr, "debrief lint: writing output: %s\n", Escape(err.Error()))
		return ExitError
	}
	if status == ExitClean && failing {
		status = ExitFindings
	}
	return status
}

// writeError marks a failure to write the output, which ends the run,
// apart from a failure to read one input, which does not.
type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }

// fileName is how findings and errors name the input given as name.
func fileName(name string) string {
	if name == "-" {
		return StdinName
	}
	return name
}

// lintFile lints stdin for "-", else the regular file name.
func lintFile(l *Linter, name string, stdin io.Reader, emit func(Result) error) error {
	wrapped := func(r Result) error {
		if err := emit(r); err != nil {
			return writeError{err}
		}
		return nil
	}
	if name == "-" {
		return l.Lint(StdinName, stdin, wrapped)
	}
	f, err := openRegular(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return l.Lint(name, f, wrapped)
}

// openRegular opens a regular file, refusing devices, pipes and
// directories by name: /dev/zero or a FIFO would never end. Piped into
// stdin they are read in bounded segments instead.
func openRegular(name string) (*os.File, error) {
	if strings.TrimSpace(name) == "" {
		return nil, fmt.Errorf("%q: an empty file name (is a shell variable unset?)", name)
	}
	// Stat before opening: opening a FIFO waits for a writer.
	fi, err := os.Stat(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && strings.ContainsAny(name, "*?[") {
			// A pattern no file matched reaches here as it was typed
			// (quoted, or a folder with no such files in CI).
			return nil, fmt.Errorf("%s: %w (no file matches this pattern; the shell passed it on as it was)", name, unwrapPath(err))
		}
		// Said as the other commands say it, without Go's "stat".
		return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	if err := notRegular(name, fi); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	// Checked again on what was opened, in case the name changed between.
	if fi, err = f.Stat(); err == nil {
		err = notRegular(name, fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// notRegular says why name (described by fi) is not linted, or nil.
func notRegular(name string, fi os.FileInfo) error {
	if fi == nil || fi.Mode().IsRegular() {
		return nil
	}
	if fi.IsDir() {
		// Someone pointing lint at their postmortems folder wants its
		// files, not a stream.
		return fmt.Errorf("%s: a directory, not a file (name its files: debrief lint %s)", name, filepath.Join(name, "*.md"))
	}
	return fmt.Errorf("%s: not a regular file (to lint a stream, pipe it in: debrief lint < FILE)", name)
}

// unwrapPath drops the path from an *os.PathError so it is not said twice.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadRules lays the user's rules file (when it exists) and then the
// --rules file on top of the defaults.
func loadRules(extra string) (*phrasing.Rules, error) {
	rules := phrasing.DefaultRules()
	if p := phrasing.UserRulesPath(); p != "" {
		if _, err := os.Stat(p); err == nil {
			r, err := ReadRules(p, rules)
			if err != nil {
				return nil, err
			}
			rules = r
		}
	}
	if extra != "" {
		return ReadRules(extra, rules)
	}
	return rules, nil
}

// ReadRules reads a rules file of at most MaxRulesSize bytes (refusing a
// device, FIFO or directory) and lays it on top of base.
func ReadRules(name string, base *phrasing.Rules) (*phrasing.Rules, error) {
	f, err := openRegular(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxRulesSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	if len(data) > MaxRulesSize {
		return nil, fmt.Errorf("%s: larger than %d KB; a rules file is a few KB of YAML", name, MaxRulesSize>>10)
	}
	return phrasing.ParseRules(name, data, base)
}

// knownIDs is every rule id and category a switch may name.
func knownIDs(r *phrasing.Rules) map[string]bool {
	known := map[string]bool{}
	for _, c := range phrasing.Categories {
		known[c] = true
	}
	for _, info := range r.Rules() {
		known[info.ID], known[info.Category] = true, true
	}
	return known
}

// splitNames reads "--names A,B".
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// wrapWords joins words with ", " into lines of at most width columns, each
// opened by indent.
func wrapWords(words []string, indent string, width int) string {
	var b strings.Builder
	line := indent
	for i, w := range words {
		if i < len(words)-1 {
			w += ","
		}
		if line != indent && len(line)+1+len(w) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	b.WriteString(line + "\n")
	return b.String()
}
