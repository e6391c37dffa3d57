// Stands in for an audience-measurement script.
document.cookie = '_ga_demo=1; path=/; max-age=3600';
console.info('[demo] audience measurement started');
