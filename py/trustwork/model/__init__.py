"""The domain: typed, frozen records and the pure rules that change them.

Nothing here reads the clock or makes ids: both are passed in, so every rule is
testable under CPython and behaves the same in the browser.
"""
