package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"gopkg.in/yaml.v3"
)

// Format is the kind of document an export is, which decides how its seal
// is written: as a comment the format itself ignores.
type Format int

// The formats debrief exports.
const (
	// Markdown seals with an HTML comment, which renders as nothing.
	Markdown Format = iota
	// YAML seals with a # comment; so does a shell script.
	YAML
	// Plain is a format with no comment to seal with (CSV for a tracker's
	// importer): nothing marks it as debrief's, so an existing file is
	// replaced only when forced.
	Plain
)

// The seal is the last line of every file debrief exports: the SHA-256 of
// every byte before it. A file whose last line is a seal matching the rest
// is one debrief wrote and nobody changed since; that alone may be replaced.
const (
	sealTag     = "debrief export sha256:"
	mdSealOpen  = "<!-- " + sealTag
	mdSealClose = " -->"
	yamlSeal    = "# " + sealTag
)

// maxExport bounds what is read to check a file before replacing it: an
// export of a 10,000-event meeting is a few megabytes.
const maxExport = maxSize

// Errors WriteExport wraps, so a caller can choose what to do instead.
var (
	// ErrNotExport is a file debrief did not write (no seal).
	ErrNotExport = errors.New("not written by debrief")
	// ErrEdited is an export changed since debrief wrote it.
	ErrEdited = errors.New("edited since debrief wrote it")
	// ErrProtected is a file an export never replaces, even forced: a
	// session file, one open in a debrief, the file the export reads, a
	// folder or device, or a symbolic link to a file that cannot be reached.
	ErrProtected = errors.New("never replaced by an export")
)

// Seal returns data followed by the line that marks it as debrief's.
func Seal(data []byte, format Format) []byte {
	if format == Plain {
		return data
	}
	out := make([]byte, 0, len(data)+96)
	out = append(out, data...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	sum := sha256.Sum256(out)
	if format == YAML {
		return append(append(out, yamlSeal...), hex.EncodeToString(sum[:])+"\n"...)
	}
	return append(append(append(out, mdSealOpen...), hex.EncodeToString(sum[:])...), mdSealClose+"\n"...)
}

// Sealed reports whether b is exactly what debrief wrote: its last line is
// a seal, and the digest in it is that of every byte before it.
func Sealed(b []byte) bool {
	_, ok := sealedAs(b)
	return ok
}

// sealedAs reports whether b is exactly what debrief wrote, and the
// format its seal was written for (Markdown, or YAML for a tracker YAML
// or a script).
func sealedAs(b []byte) (Format, bool) {
	body := bytes.TrimSuffix(b, []byte("\n"))
	i := bytes.LastIndexByte(body, '\n') + 1
	last := string(body[i:])
	var digest string
	var format Format
	switch {
	case len(last) == len(mdSealOpen)+64+len(mdSealClose) && last[:len(mdSealOpen)] == mdSealOpen &&
		last[len(last)-len(mdSealClose):] == mdSealClose:
		digest, format = last[len(mdSealOpen):len(mdSealOpen)+64], Markdown
	case len(last) == len(yamlSeal)+64 && last[:len(yamlSeal)] == yamlSeal:
		digest, format = last[len(yamlSeal):], YAML
	default:
		return 0, false
	}
	sum := sha256.Sum256(body[:i])
	return format, hex.EncodeToString(sum[:]) == digest
}

// ReplaceOptions says what WriteExport may replace.
type ReplaceOptions struct {
	// Force replaces a file debrief did not write, or an export edited
	// since; never a protected one.
	Force bool
	// Protect lists files the export must never replace, such as the
	// session file it was made from.
	Protect []string
	// Mode is a new file's permissions; zero means owner-only (0600). A
	// replaced file keeps its own.
	Mode os.FileMode
}

// WriteExport seals data and writes it to path atomically: a reader sees
// the old file or the new one, never half of either. An existing file is
// replaced only if it is an export debrief wrote and nobody edited since
// (or Force is set), and never if it is a session file, one open in a
// debrief, or one of opt.Protect. A symbolic link is written through: the
// file it points to gets the export and the link stays. It returns the
// path of the file written.
func WriteExport(path string, data []byte, format Format, opt ReplaceOptions) (string, error) {
	target, existing, err := checkReplace(path, format, opt)
	if err != nil {
		return "", err
	}
	mode := os.FileMode(0o600)
	if opt.Mode != 0 {
		mode = opt.Mode
	}
	if existing != nil {
		mode = existing.Mode().Perm()
	}
	if err := writeAtomic(target, Seal(data, format), mode); err != nil {
		return "", explain("write", path, err)
	}
	return target, nil
}

// CheckExport reports, without writing, why WriteExport would refuse path
// (nil when it would write it), so a command with two outputs can check
// both before writing either.
func CheckExport(path string, format Format, opt ReplaceOptions) error {
	_, _, err := checkReplace(path, format, opt)
	return err
}

// checkReplace decides whether path may be written, and returns the file
// to write (the target of a symbolic link) and what is there now.
func checkReplace(path string, format Format, opt ReplaceOptions) (string, os.FileInfo, error) {
	refuse := func(err error, format string, args ...any) (string, os.FileInfo, error) {
		return "", nil, &ReplaceError{Path: path, Why: fmt.Sprintf(format, args...), Err: err}
	}
	target := path
	if li, err := os.Lstat(path); err == nil && li.Mode()&os.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			// Never replaced, forced or not: the link may be someone's
			// way to a file on a disk not mounted now.
			return refuse(ErrProtected, "it is a symbolic link to a file that cannot be reached (%v); not replacing the link", unwrapPathErr(err))
		}
		target = real
	}
	fi, err := os.Stat(target)
	if errors.Is(err, os.ErrNotExist) {
		return target, nil, nil
	}
	if err != nil {
		return "", nil, explain("write", path, err)
	}
	for _, p := range opt.Protect {
		if pi, err := os.Stat(p); err == nil && os.SameFile(fi, pi) {
			return refuse(ErrProtected, "it is %s itself, the file being read", p)
		}
	}
	if !fi.Mode().IsRegular() {
		return refuse(ErrProtected, "it is not a regular file")
	}
	if fi.Size() > maxExport {
		return refuse(ErrNotExport, "it is %d MB, larger than any export; not replacing it", fi.Size()>>20)
	}
	f, err := os.Open(target)
	if err != nil {
		return "", nil, explain("read", path, err)
	}
	defer f.Close()
	if err := lockShared(f); errors.Is(err, errLocked) {
		return refuse(ErrProtected, "it is a session open in a debrief meeting; an export never replaces a session")
	}
	old, err := io.ReadAll(io.LimitReader(f, maxExport+1))
	if err != nil {
		return "", nil, explain("read", path, err)
	}
	sealed, isSealed := sealedAs(old)
	switch {
	case isSession(old):
		return refuse(ErrProtected, "it is a debrief session file; an export never replaces a session")
	case opt.Force:
		return target, fi, nil
	case isSealed && sealed == format:
		return target, fi, nil
	case isSealed:
		// -o pm.md given to tickets, or --actions naming the postmortem:
		// an unedited export of another kind is still someone's
		// document, not a stale copy of this one.
		return refuse(ErrNotExport, "it is a debrief export of another kind (%s); not replacing it with this one (use --force to replace it, or -o another file)", formatName(sealed))
	case bytes.Contains(old, []byte(sealTag)):
		return refuse(ErrEdited, "it was edited since debrief wrote it; not replacing the edits (use --force to replace them, or -o another file)")
	}
	if format == Plain {
		// A CSV carries no seal, so debrief cannot tell its own from
		// anyone else's: saying it did not write it could be untrue.
		return refuse(ErrNotExport, "it already exists, and a file of this kind carries no mark of who wrote it; not replacing it (use --force to replace it, or -o another file)")
	}
	return refuse(ErrNotExport, "debrief did not write it; not replacing it (use --force to replace it, or -o another file)")
}

// formatName names a sealed file's kind for a message.
func formatName(f Format) string {
	if f == Markdown {
		return "a Markdown postmortem"
	}
	return "tracker YAML or a script"
}

// isSession reports whether b is a session file: a YAML document whose
// top-level "debrief" key says "session". Only a document whose first line
// that is not blank or a comment is a top-level key is parsed, so a
// Markdown export quoting its meeting record is not mistaken for one.
func isSession(b []byte) bool {
	rest := bytes.TrimPrefix(b, utf8BOM)
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		if !topKey.Match(line) {
			return false
		}
		var doc struct {
			Debrief string `yaml:"debrief"`
		}
		return yaml.Unmarshal(b, &doc) == nil && doc.Debrief == "session"
	}
	return false
}

// topKey matches a line that opens a YAML mapping at the top level.
var topKey = regexp.MustCompile(`^["']?[A-Za-z_][A-Za-z0-9_ -]*["']?\s*:(\s|$)`)

var utf8BOM = []byte("\xef\xbb\xbf")

// ReplaceError is an output file an export will not replace, and why.
type ReplaceError struct {
	Path, Why string
	Err       error
}

// Error reads "not writing PATH: WHY".
func (e *ReplaceError) Error() string { return fmt.Sprintf("not writing %s: %s", e.Path, e.Why) }

// Unwrap gives ErrNotExport, ErrEdited or ErrProtected.
func (e *ReplaceError) Unwrap() error { return e.Err }

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
