document.getElementById('root')!.textContent = 'Convene';
