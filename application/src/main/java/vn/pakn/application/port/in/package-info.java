/** In-ports: one use case per action of R1–R7, each taking a command that validates itself. */
package vn.pakn.application.port.in;
