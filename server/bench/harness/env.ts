// Imported first by run-bench: the benchmark creates a few partner accounts that never sign in,
// so their password hashes need not cost 128 MiB and 100 ms each (each hash stores its own cost).
process.env.PASSWORD_SCRYPT_LOG_N ??= '10';
process.env.LOG_LEVEL ??= 'warn';
export {};
