package store

// SetupDraftPath is where the setup screen keeps what the facilitator
// typed before the meeting starts: beside the session file, since the
// session file holds only events and the meeting has none yet.
func SetupDraftPath(sessionPath string) string { return sessionPath + ".setup" }

const setupHeader = "# debrief setup: what was typed on the setup screen of a meeting that has\n" +
	"# not started yet. debrief resume on the session file gives it back.\n"

// setupFile is where the setup screen keeps its entries.
var setupFile = sealedMap{what: "setup draft", kind: "setup", header: setupHeader, notOurs: "the setup starts from the flags instead"}

// WriteSetupDraft keeps the setup screen's fields (text by field name) at
// path, owner-only and sealed, replacing only a setup draft it wrote
// before. With no fields it removes its own file, and leaves any other
// file there alone.
func WriteSetupDraft(path string, fields map[string]string) error {
	return setupFile.write(path, fields)
}

// LoadSetupDraft reads a setup draft WriteSetupDraft wrote; a missing one
// is no fields. A file that is not debrief's setup draft is refused,
// naming it.
func LoadSetupDraft(path string) (map[string]string, error) { return setupFile.load(path) }
