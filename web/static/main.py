# The Python entry point PyScript runs once the interpreter is up.
import js

try:
    from trustwork.ui.app import start

    await start()
except BaseException as error:
    js.trustworkBoot.fail("app", f"{type(error).__name__}: {error}")
    raise
