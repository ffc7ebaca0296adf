# Installs the pinned FHIR validation tools (package-lock.json) into DIR with `npm ci`, unless
# DIR/node_modules was installed from this very lockfile already.
#   cmake -DNPM=/usr/bin/npm -DDIR=<build>/tests/fhir -P npm-ci.cmake
if(NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm was not found. Install Node.js and npm (scripts/quickstart.sh does, "
                        "or: apt-get install nodejs npm) and configure again.")
endif()
set(stamp "${DIR}/node_modules/.spinedesk-package-lock.json")
if(EXISTS "${stamp}")
    file(READ "${stamp}" installed)
    file(READ "${DIR}/package-lock.json" wanted)
    if(installed STREQUAL wanted)
        message(STATUS "FHIR validation tools are up to date in ${DIR}/node_modules")
        return()
    endif()
endif()
execute_process(COMMAND "${NPM}" ci --prefer-offline --no-audit --no-fund
                WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${rc}) in ${DIR}")
endif()
file(COPY_FILE "${DIR}/package-lock.json" "${stamp}")
