console.log('vetted: nothing to start yet')
