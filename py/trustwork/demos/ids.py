"""Fixed ids and the passphrase of the network demo's confidential record: its ciphertext
(``trustwork.demos.sealed``) is bound to the team's and the record's id."""

CONFIDENTIAL_TEAM = "team-5eca1ed7ea00"
CONFIDENTIAL_RECORD = "team-record-5eca1ed0c0de"
PASSPHRASE = "lindehof-demo-2027"
