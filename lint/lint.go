// Package lint is `debrief lint`: it checks the postmortems a team already
// keeps (Markdown files or stdin) for blameful phrasing, with the same rules
// as the meeting, and reports findings as text or JSON.
package lint

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"
	"unsafe"

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

const usage = `usage: debrief lint [--names A,B] [--rules FILE] [--format text|json] [FILE...]

Checks postmortem notes for blameful phrasing. Reads stdin when no FILE is
given (or FILE is -). Code, URLs, HTML and front matter are not checked.
The rules are debrief's defaults, then the user's file (%s) when it
exists, then --rules. Exit status: 0 clean, 1 findings, 2 error.

`

// Main runs `debrief lint` with args (not including "lint") and returns
// the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("debrief lint", flag.ContinueOnError)
	fl.SetOutput(stderr)
	names := fl.String("names", "", "attendee names, comma-separated, recognised as people")
	rulesFile := fl.String("rules", "", "a team rules `FILE` laid on top of the defaults")
	format := fl.String("format", "text", "output format: text or json")
	fl.Usage = func() {
		fmt.Fprintf(stderr, usage, Escape(phrasing.UserRulesPath()))
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "debrief lint: --format %q: want text or json\n", Escape(*format))
		return ExitError
	}
	rules, err := loadRules(*rulesFile)
	if err != nil {
		fmt.Fprintf(stderr, "debrief lint: %s\n", Escape(err.Error()))
		return ExitError
	}
	checker := phrasing.NewChecker(rules, splitNames(*names))

	files := fl.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	var all []Result
	status := ExitClean
	for _, name := range files {
		src, display, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "debrief lint: %s\n", Escape(err.Error()))
			status = ExitError
			continue
		}
		for _, f := range Check(checker, src) {
			all = append(all, Result{File: display, Finding: f})
		}
	}
	if *format == "json" {
		err = writeJSON(stdout, all)
	} else {
		err = writeText(stdout, all)
	}
	if err != nil {
		fmt.Fprintf(stderr, "debrief lint: writing output: %s\n", Escape(err.Error()))
		return ExitError
	}
	if status == ExitClean && len(all) > 0 {
		status = ExitFindings
	}
	return status
}

// loadRules lays the user's rules file (when it exists) and then the
// --rules file on top of the defaults.
func loadRules(extra string) (*phrasing.Rules, error) {
	rules := phrasing.DefaultRules()
	if p := phrasing.UserRulesPath(); p != "" {
		if _, err := os.Stat(p); err == nil {
			r, err := phrasing.LoadRules(p, rules)
			if err != nil {
				return nil, err
			}
			rules = r
		}
	}
	if extra != "" {
		return phrasing.LoadRules(extra, rules)
	}
	return rules, nil
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

// readInput reads a file, or stdin for "-". Binary files are refused: a
// lint of garbage would only print garbage.
func readInput(name string, stdin io.Reader) (src, display string, err error) {
	var data []byte
	display = name
	if name == "-" {
		display = StdinName
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
	}
	if err != nil {
		return "", display, fmt.Errorf("%s: %w", display, err)
	}
	if len(data) == 0 {
		return "", display, nil
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) && !mostlyText(data) {
		return "", display, fmt.Errorf("%s: not a text file", display)
	}
	// The bytes are never changed after this, so the string can share them
	// instead of copying a whole document.
	return unsafe.String(unsafe.SliceData(data), len(data)), display, nil
}

// mostlyText accepts text with a few stray bytes (a Latin-1 name, say).
func mostlyText(data []byte) bool {
	bad := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return bad*100 < len(data)
}

// Check runs c over a Markdown document: prose only, with lines and
// columns counted in the original text.
func Check(c *phrasing.Checker, src string) []phrasing.Finding {
	masked := Mask(src)
	fs := checkChunks(c, masked)
	line, lineStart, pos := 1, 0, 0
	for i := range fs {
		f := &fs[i]
		for ; pos < f.Offset; pos++ {
			if src[pos] == '\n' {
				line++
				lineStart = pos + 1
			}
		}
		// Masking turns a multi-byte rune into several spaces, so columns
		// are recounted against the original.
		f.Line = line
		f.Column = utf8.RuneCountInString(src[lineStart:f.Offset]) + 1
		end := f.Offset + f.Length
		endStart := lineStart
		if k := strings.LastIndexByte(src[f.Offset:end], '\n'); k >= 0 {
			endStart = f.Offset + k + 1
		}
		f.EndColumn = utf8.RuneCountInString(src[endStart:end]) + 1
		f.Match = src[f.Offset:end]
	}
	return fs
}
